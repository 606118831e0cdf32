import Foundation
import XCTest
import SocialPlanTestSupport

/// `socialplan erlang`, the one-interval calculator, through the binary.
final class ErlangCommandTests: XCTestCase {
    static let workedExample = ["erlang", "--rate", "100/30m", "--aht", "3m", "--target", "80%@20s", "--shrinkage", "30%",
                                "--max-occupancy", "85%", "--interval", "30m"]

    func testWorkedExampleMatchesStandardErlangCCalculators() throws {
        let r = try CLIRunner.run(Self.workedExample)
        XCTAssertEqual(r.status, 0, r.stderr)
        CLIRunner.assertGolden(r.stdout, "erlang/worked-example.txt")
        let json = try CLIRunner.run(Self.workedExample + ["--format", "json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["raw_agents"] as? Int, 14)
        XCTAssertEqual(object["scheduled_agents"] as? Int, 20)
        XCTAssertEqual(try XCTUnwrap(object["service_level_wait"] as? Double), 0.888, accuracy: 0.0005)
        XCTAssertEqual(try XCTUnwrap(object["occupancy"] as? Double), 0.714, accuracy: 0.0005)
        for key in ["p_wait", "service_level_reply", "asa_seconds", "table"] { XCTAssertNotNil(object[key], key) }
        XCTAssertEqual((object["table"] as? [[String: Any]])?.map { $0["agents"] as? Int }, [12, 13, 14, 15, 16, 17])
    }

    func testGivenAgentsAreEvaluated() throws {
        let r = try CLIRunner.run(Self.workedExample + ["--agents", "12", "--format", "json"])
        XCTAssertEqual(r.status, 0)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["raw_agents"] as? Int, 12)
        XCTAssertEqual(object["agents_given"] as? Bool, true)
        XCTAssertEqual(object["reachable"] as? Bool, false, "12 agents give 64 %, below 80 %")
    }

    func testReplyTargetsBeyondTheHandleTimeAreExplained() throws {
        let r = try CLIRunner.run(["erlang", "--rate", "200/h", "--aht", "6m", "--target", "95%@15m", "--metric", "reply"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("target cannot be met"), r.stdout)
    }

    func testBadInputIsAUsageError() throws {
        for args in [["--rate", "lots", "--aht", "3m", "--target", "80%@20s"],
                     ["--rate", "100/h", "--aht", "3", "--target", "80%@20s"],
                     ["--rate", "100/h", "--aht", "3m", "--target", "80%"],
                     ["--rate", "100/h", "--aht", "3m", "--target", "80%@20s", "--shrinkage", "100%"],
                     ["--rate", "100/h", "--aht", "0m", "--target", "80%@20s"],
                     ["--rate", "100/h", "--aht", "3m", "--target", "0%@20s"]] {
            let r = try CLIRunner.run(["erlang"] + args)
            XCTAssertEqual(r.status, 2, args.joined(separator: " "))
            XCTAssertTrue(r.stderr.contains("Error:"), r.stderr)
        }
    }

    func testZeroArrivalsNeedNobody() throws {
        let r = try CLIRunner.run(["erlang", "--rate", "0/h", "--aht", "3m", "--target", "80%@20s", "--format", "json"])
        XCTAssertEqual(r.status, 0)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["raw_agents"] as? Int, 0)
    }

    func testSimulationCrossCheckAgreesWithTheFormulas() throws {
        let args = ["erlang", "--rate", "100/30m", "--aht", "3m", "--target", "80%@20s", "--interval", "30m",
                    "--simulate", "4000000", "--seed", "7", "--format", "json"]
        let r = try CLIRunner.run(args)
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let simulated = try XCTUnwrap(object["simulated"] as? [String: Any])
        XCTAssertEqual(simulated["mentions"] as? Int, 4_000_000)
        for (key, exact) in [("p_wait", "p_wait"), ("service_level_wait", "service_level_wait"),
                             ("service_level_reply", "service_level_reply"), ("mean_wait_seconds", "asa_seconds")] {
            let value = try XCTUnwrap(simulated[key] as? Double, key)
            let ci = try XCTUnwrap(simulated[key + "_ci"] as? [Double], key)
            let formula = try XCTUnwrap(object[exact] as? Double, exact)
            XCTAssertTrue(ci[0] <= value && value <= ci[1], key)
            XCTAssertTrue(ci[0] <= formula && formula <= ci[1], "\(key): formula \(formula) outside \(ci)")
        }
        let again = try CLIRunner.run(args)
        XCTAssertEqual(again.stdout, r.stdout, "same seed, same figures")
        XCTAssertEqual(try CLIRunner.run(["erlang", "--rate", "0/h", "--aht", "3m", "--target", "80%@20s", "--simulate", "1000"]).status, 2)
    }
}
