import Foundation

/// HTTP dates (`Thu, 17 Apr 2025 11:17:18 GMT`; incident.io writes `UTC`), parsed without a formatter.
public enum HTTPDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    public static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[0].hasSuffix(","),
              let day = Int64(parts[1]), let month = months.firstIndex(of: parts[2].lowercased()),
              let year = Int64(parts[3]), ["GMT", "UTC", "Z", "+0000"].contains(parts[5].uppercased()) else { return nil }
        let time = parts[4].split(separator: ":")
        guard time.count == 3, let hour = Int64(time[0]), let minute = Int64(time[1]), let second = Int64(time[2]),
              (1...31).contains(day), hour < 24, minute < 60, second <= 60 else { return nil }
        let days = RFC3339.daysFromCivil(year: year, month: Int64(month + 1), day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
    }
}
