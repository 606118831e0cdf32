/// A grid of coloured cells, rows × columns, with row labels on the left and column labels
/// below: the coverage of the week (days × quarter-hours) and the audit's hour-of-week
/// volume. Cells are CSS classes; an empty class leaves the cell blank.
public struct HeatmapChart: Sendable {
    /// The labels of the rows, top to bottom.
    public var rows: [String]
    /// Columns per row.
    public var columns: Int
    /// `cells[row][column]`: the CSS class of each cell ("" = nothing drawn).
    public var cells: [[String]]
    /// Labels under some columns (column index, text), e.g. every third hour.
    public var columnLabels: [(column: Int, text: String)]
    /// Cell size in the chart's coordinates.
    public var cellWidth = 8.0, cellHeight = 22.0
    /// Room for the row labels.
    public var labelWidth = 44.0

    /// A heatmap of `cells` (one array of `columns` classes per row label).
    public init(rows: [String], columns: Int, cells: [[String]], columnLabels: [(column: Int, text: String)]) {
        self.rows = rows
        self.columns = columns
        self.cells = cells
        self.columnLabels = columnLabels
    }

    /// The x coordinate of the left edge of `column`.
    public func x(ofColumn column: Int) -> Double { labelWidth + Double(column) * cellWidth }
    /// The y coordinate of the top edge of `row`.
    public func y(ofRow row: Int) -> Double { Double(row) * cellHeight }

    /// The chart, titled and described (its text alternative).
    ///
    /// Complexity: O(rows × columns).
    public func canvas(title: String, desc: String) -> SVGCanvas {
        let width = x(ofColumn: columns) + 4, height = y(ofRow: rows.count) + 18
        var canvas = SVGCanvas(width: width, height: height, title: title, desc: desc)
        canvas.cssClass = "chart heatmap"
        for (r, label) in rows.enumerated() {
            canvas.text(label, x: 0, y: y(ofRow: r) + cellHeight * 0.7, maxCharacters: 6)
            canvas.rect(x: x(ofColumn: 0), y: y(ofRow: r) + 1, width: Double(columns) * cellWidth, height: cellHeight - 2,
                        cssClass: "cell-none")
            var c = 0
            let row = r < cells.count ? cells[r] : []
            // Runs of one class are one rectangle: a week of quarter-hours stays small.
            while c < min(columns, row.count) {
                var end = c + 1
                while end < min(columns, row.count) && row[end] == row[c] { end += 1 }
                if !row[c].isEmpty {
                    canvas.rect(x: x(ofColumn: c), y: y(ofRow: r) + 1, width: Double(end - c) * cellWidth, height: cellHeight - 2,
                                cssClass: row[c])
                }
                c = end
            }
        }
        for (column, text) in columnLabels {
            canvas.line(x1: x(ofColumn: column), y1: 0, x2: x(ofColumn: column), y2: y(ofRow: rows.count), cssClass: "grid")
            canvas.text(text, x: x(ofColumn: column), y: height - 4, anchor: column >= columns ? .end : .middle, cssClass: "tick")
        }
        return canvas
    }
}
