import XCTest
@testable import SocialPlanCore

/// The SVG primitives of the HTML report: scales, coordinates, escaping, titles and descriptions.
final class ChartsTests: XCTestCase {
    func testLinearScaleMapsClampsAndTicks() {
        let scale = LinearScale(domain: (0.5, 1), range: (100, 600))
        XCTAssertEqual(scale(0.5), 100)
        XCTAssertEqual(scale(0.75), 350)
        XCTAssertEqual(scale(1), 600)
        XCTAssertEqual(scale(1.2), 600, "past the domain: clamped to the end")
        XCTAssertEqual(scale(-3), 100)
        XCTAssertEqual(scale(.nan), 100)
        XCTAssertEqual(scale.ticks(step: 0.1).map { ($0 * 10).rounded() / 10 }, [0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
        XCTAssertEqual(LinearScale(domain: (0.33, 1), range: (0, 1)).ticks(step: 0.25), [0.5, 0.75, 1])
        XCTAssertEqual(LinearScale(domain: (1, 1), range: (10, 20))(1), 10, "an empty domain maps to the start")
        XCTAssertEqual(LinearScale(domain: (0, 1), range: (0, 1)).ticks(step: 0), [])
    }

    func testNumbersHaveAtMostTwoDecimals() {
        XCTAssertEqual(SVGCanvas.number(12), "12")
        XCTAssertEqual(SVGCanvas.number(12.5), "12.5")
        XCTAssertEqual(SVGCanvas.number(12.256), "12.26")
        XCTAssertEqual(SVGCanvas.number(0.05), "0.05")
        XCTAssertEqual(SVGCanvas.number(-3.1), "-3.1")
        XCTAssertEqual(SVGCanvas.number(.infinity), "0")
    }

    func testCanvasWritesTitleDescAndEscapedText() {
        var canvas = SVGCanvas(width: 200, height: 50, title: "A & B", desc: "<script> is text")
        canvas.rect(x: 1, y: 2, width: 30.5, height: -4, cssClass: "gap1", label: "Mon \"09:00\"")
        canvas.line(x1: 0, y1: 0, x2: 10, y2: 10, cssClass: "grid")
        canvas.circle(cx: 5, cy: 5, r: 2, cssClass: "dot meets")
        canvas.text("<b>bold</b>", x: 3, y: 4, anchor: .end)
        canvas.text(String(repeating: "x", count: 50), x: 0, y: 0, maxCharacters: 10)
        let svg = canvas.render(id: "c\"1")
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 50\" width=\"200\" height=\"50\""), svg)
        XCTAssertTrue(svg.contains("role=\"img\" id=\"c&quot;1\" aria-labelledby=\"c&quot;1-title c&quot;1-desc\""), svg)
        XCTAssertTrue(svg.contains("<title id=\"c&quot;1-title\">A &amp; B</title><desc id=\"c&quot;1-desc\">&lt;script&gt; is text</desc>"), svg)
        XCTAssertTrue(svg.contains("<rect x=\"1\" y=\"2\" width=\"30.5\" height=\"0\" class=\"gap1\"><title>Mon &quot;09:00&quot;</title></rect>"), svg)
        XCTAssertTrue(svg.contains("<line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"10\" class=\"grid\"/>"), svg)
        XCTAssertTrue(svg.contains("<circle cx=\"5\" cy=\"5\" r=\"2\" class=\"dot meets\"/>"), svg)
        XCTAssertTrue(svg.contains("text-anchor=\"end\" class=\"label\">&lt;b&gt;bold&lt;/b&gt;</text>"), svg)
        XCTAssertTrue(svg.contains(">xxxxxxxxx…</text>"), "cut to 10 characters with an ellipsis: \(svg)")
        XCTAssertFalse(svg.contains("<b>"))
        XCTAssertTrue(svg.hasSuffix("</svg>"))
    }

    func testHeatmapCellsSitOnTheGridAndRunsMerge() {
        let chart = HeatmapChart(rows: ["Mon", "Tue"], columns: 4, cells: [["gap1", "gap1", "", "surplus1"], ["even", "", "", ""]],
                                 columnLabels: [(column: 0, text: "00:00"), (column: 4, text: "01:00")])
        XCTAssertEqual(chart.x(ofColumn: 2), 44 + 16)
        XCTAssertEqual(chart.y(ofRow: 1), 22)
        let svg = chart.canvas(title: "t", desc: "d").render(id: "h")
        XCTAssertTrue(svg.contains("<rect x=\"44\" y=\"1\" width=\"16\" height=\"20\" class=\"gap1\"/>"), "two gap1 cells, one rect: \(svg)")
        XCTAssertTrue(svg.contains("<rect x=\"68\" y=\"1\" width=\"8\" height=\"20\" class=\"surplus1\"/>"), svg)
        XCTAssertTrue(svg.contains("<rect x=\"44\" y=\"23\" width=\"8\" height=\"20\" class=\"even\"/>"), svg)
        XCTAssertEqual(svg.components(separatedBy: "class=\"cell-none\"").count - 1, 2, "one background per row")
        XCTAssertEqual(svg.components(separatedBy: "<rect").count - 1, 5, "backgrounds plus three runs; blank cells draw nothing")
        XCTAssertTrue(svg.contains("text-anchor=\"end\" class=\"tick\">01:00</text>"), "the last label ends at the edge")
        XCTAssertTrue(svg.contains("class=\"chart heatmap\" role=\"img\""), "the style sheet enlarges a heatmap's labels on a phone")
    }

    func testIntervalChartPlacesEstimateIntervalAndReference() {
        let rows = [IntervalChart.Row(label: "urgent first_reply", estimate: 0.9, lower: 0.8, upper: 1.0, reference: 0.85, cssClass: "meets"),
                    IntervalChart.Row(label: "none", estimate: nil, lower: nil, upper: nil, reference: 0.85, cssClass: "no_mentions")]
        let chart = IntervalChart(rows: rows, domain: (0.5, 1), tickStep: 0.1, tickText: { ReportNumbers.shortPercent($0) })
        let x = chart.scale
        XCTAssertEqual(x(0.5), 190)
        XCTAssertEqual(x(1), 616)
        let svg = chart.canvas(title: "Weeks kept", desc: "urgent first_reply: 18 of 20").render(id: "i")
        XCTAssertTrue(svg.contains("<circle cx=\"\(SVGCanvas.number(x(0.9)))\" cy=\"15\" r=\"5\" class=\"dot meets\"/>"), svg)
        XCTAssertTrue(svg.contains("<rect x=\"\(SVGCanvas.number(x(0.8)))\" y=\"11\" width=\"\(SVGCanvas.number(x(1) - x(0.8)))\" height=\"8\" class=\"ci meets\"/>"), svg)
        XCTAssertTrue(svg.contains("<line x1=\"\(SVGCanvas.number(x(0.85)))\" y1=\"4\""), svg)
        XCTAssertEqual(svg.components(separatedBy: "<circle").count - 1, 1, "no dot without an estimate")
        XCTAssertEqual(svg.components(separatedBy: "class=\"tick\"").count - 1, 6, "50% … 100%")
        XCTAssertTrue(svg.contains("<title id=\"i-title\">Weeks kept</title><desc id=\"i-desc\">urgent first_reply: 18 of 20</desc>"))
    }
}
