using System.Globalization;
using CsvHelper;
using MentorBot.Dialogs.Domain.Exports;

namespace MentorBot.Exports;

/// <summary>
/// The export's two files as CSV: RFC 4180 (CRLF, quotes where needed), UTF-8 with a byte order mark so Excel reads
/// accented names right, and every text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or
/// a carriage return) escaped with a leading quote, as OWASP advises against CSV injection: display names come from
/// the directory or from what people typed. Column names are stable English, so a sheet built on one export reads the next.
/// </summary>
internal static class ExportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] PairsHeader = ["mentee", "mentor", "health", "pair status", "meetings held", "check-ins answered", "check-ins sent", "goals achieved"];

    public static readonly string[] ProgrammeHeader = ["section", "item", "value", "people", "note"];

    /// <summary>The note of a figure left empty by the small-n rule.</summary>
    public const string NotEnoughAnswers = "not enough answers yet";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static byte[] Pairs(IEnumerable<ExportedPair> pairs) => Write(PairsHeader, csv =>
    {
        foreach (var pair in pairs)
        {
            csv.WriteField(pair.Mentee);
            csv.WriteField(pair.Mentor);
            csv.WriteField(pair.Health?.ToString() ?? string.Empty);
            csv.WriteField(pair.Status.ToString());
            csv.WriteField(pair.MeetingsHeld, default);
            csv.WriteField(pair.CheckInsAnswered, default);
            csv.WriteField(pair.CheckInsSent, default);
            csv.WriteField(pair.GoalsAchieved, default);
            csv.EndRecord();
        }
    });

    public static byte[] Programme(IEnumerable<ExportedFigure> figures) => Write(ProgrammeHeader, csv =>
    {
        foreach (var figure in figures)
        {
            csv.WriteField(figure.Section);
            csv.WriteField(figure.Item);
            if (figure.Value is { } value)
                csv.WriteField(value, default);
            else
                csv.WriteField(string.Empty);
            if (figure.People is { } people)
                csv.WriteField(people, default);
            else
                csv.WriteField(string.Empty);
            csv.WriteField(figure.NotEnoughAnswers ? NotEnoughAnswers : string.Empty);
            csv.EndRecord();
        }
    });

    private static byte[] Write(string[] header, Action<CsvWriter> records)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader(header);
            records(csv);
            csv.Flush();
        }

        return stream.ToArray();
    }
}
