/// The workload offered to the care team in one planning interval.
///
/// Traffic intensity in Erlangs is
/// `A = arrivalsPerInterval × meanHandleSeconds / intervalSeconds`,
/// e.g. 100 contacts per 1 800 s with a 180 s mean handle time is 10 Erlangs
/// (ten agents' worth of continuous work).
///
/// A load is valid when the arrivals and the handle time are finite and
/// non-negative, the interval is finite and positive, and the resulting traffic
/// does not exceed ``ErlangC/maximumTraffic``.
///
/// Complexity: O(1) for every operation.
public struct QueueLoad: Sendable, Hashable, Codable {
    /// Expected number of contacts arriving during the interval.
    public var arrivalsPerInterval: Double
    /// Length of the interval in seconds (e.g. `900` for 15 minutes).
    public var intervalSeconds: Double
    /// Mean handle time (AHT) of one contact in seconds.
    public var meanHandleSeconds: Double

    /// Creates a load.
    ///
    /// - Parameters:
    ///   - arrivalsPerInterval: Expected contacts in the interval, ≥ 0.
    ///   - intervalSeconds: Interval length in seconds, > 0 (defaults to 900 s, 15 minutes).
    ///   - meanHandleSeconds: Mean handle time in seconds, ≥ 0.
    ///
    /// Complexity: O(1).
    public init(arrivalsPerInterval: Double, intervalSeconds: Double = 900, meanHandleSeconds: Double) {
        self.arrivalsPerInterval = arrivalsPerInterval
        self.intervalSeconds = intervalSeconds
        self.meanHandleSeconds = meanHandleSeconds
    }

    /// Offered traffic in Erlangs: arrivals × mean handle time / interval length.
    ///
    /// For an invalid load (see ``isValid``) the value is whatever the IEEE
    /// arithmetic gives (possibly infinite or NaN); check ``isValid`` first.
    ///
    /// Complexity: O(1).
    public var traffic: Double {
        arrivalsPerInterval * meanHandleSeconds / intervalSeconds
    }

    /// Whether the load can be staffed: finite non-negative arrivals and handle
    /// time, a finite positive interval, and traffic ≤ ``ErlangC/maximumTraffic``.
    ///
    /// Complexity: O(1).
    public var isValid: Bool {
        guard arrivalsPerInterval >= 0, arrivalsPerInterval.isFinite,
              meanHandleSeconds >= 0, meanHandleSeconds.isFinite,
              intervalSeconds > 0, intervalSeconds.isFinite
        else { return false }
        let a = traffic
        return a.isFinite && a <= ErlangC.maximumTraffic
    }
}
