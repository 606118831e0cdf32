/// Estimates with their 95 % intervals against a reference line per row: a dot for the
/// estimate, a bar for the interval and a tick for what is wanted (an SLA's target, the share
/// of weeks `care.confidence` asks for). The reader sees at a glance whether the interval
/// lies clear of the line.
public struct IntervalChart: Sendable {
    /// One row of the chart.
    public struct Row: Sendable, Hashable {
        /// The row's label (cut in the drawing; whole in the description and the table).
        public var label: String
        /// The estimate and its interval, in the scale's units; nil draws no dot (no data).
        public var estimate: Double?
        public var lower: Double?, upper: Double?
        /// The wanted value, drawn as a tick.
        public var reference: Double?
        /// CSS class of the dot and bar (e.g. the verdict).
        public var cssClass: String

        /// A row.
        public init(label: String, estimate: Double?, lower: Double?, upper: Double?, reference: Double?, cssClass: String) {
            self.label = label
            self.estimate = estimate
            self.lower = lower
            self.upper = upper
            self.reference = reference
            self.cssClass = cssClass
        }
    }

    /// The rows, top to bottom.
    public var rows: [Row]
    /// The values at the left and right ends of the axis.
    public var domain: (lower: Double, upper: Double)
    /// Tick spacing on the axis and how a tick value is written.
    public var tickStep: Double
    public var tickText: @Sendable (Double) -> String
    /// Layout in the chart's coordinates.
    public var width = 640.0, rowHeight = 30.0, labelWidth = 190.0

    /// A chart of `rows` on an axis from `domain.lower` to `domain.upper`.
    public init(rows: [Row], domain: (Double, Double), tickStep: Double, tickText: @escaping @Sendable (Double) -> String) {
        self.rows = rows
        self.domain = (domain.0, domain.1)
        self.tickStep = tickStep
        self.tickText = tickText
    }

    /// The scale from values to x coordinates.
    public var scale: LinearScale { LinearScale(domain: (domain.lower, domain.upper), range: (labelWidth, width - 24)) }

    /// The chart, titled and described.
    ///
    /// Complexity: O(rows + ticks).
    public func canvas(title: String, desc: String) -> SVGCanvas {
        let x = scale
        let plotBottom = Double(rows.count) * rowHeight
        var canvas = SVGCanvas(width: width, height: plotBottom + 22, title: title, desc: desc)
        for tick in x.ticks(step: tickStep) {
            canvas.line(x1: x(tick), y1: 0, x2: x(tick), y2: plotBottom, cssClass: "grid")
            canvas.text(tickText(tick), x: x(tick), y: plotBottom + 16, anchor: .middle, cssClass: "tick")
        }
        for (i, row) in rows.enumerated() {
            let mid = Double(i) * rowHeight + rowHeight / 2
            canvas.text(row.label, x: 0, y: mid + 4, maxCharacters: 26)
            if let lower = row.lower, let upper = row.upper {
                canvas.rect(x: x(lower), y: mid - 4, width: x(upper) - x(lower), height: 8, cssClass: "ci " + row.cssClass)
            }
            if let reference = row.reference {
                canvas.line(x1: x(reference), y1: mid - 11, x2: x(reference), y2: mid + 11, cssClass: "reference")
            }
            if let estimate = row.estimate {
                canvas.circle(cx: x(estimate), cy: mid, r: 5, cssClass: "dot " + row.cssClass)
            }
        }
        return canvas
    }
}
