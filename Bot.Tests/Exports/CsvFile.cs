using System.Text;
using CsvHelper;

namespace MentorBot.Tests.Exports;

/// <summary>A downloaded CSV file read back with CsvHelper: whether it starts with the UTF-8 byte order mark, its header and its records.</summary>
public sealed record CsvFile(bool HasByteOrderMark, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Records)
{
    private static readonly byte[] Bom = Encoding.UTF8.GetPreamble();

    public static CsvFile Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bom = content.AsSpan().StartsWith(Bom);
        using var reader = CsvReader.Create(bom ? content[Bom.Length..] : content, CsvReaderOptions.Default with { Separator = ',' });
        var records = new List<IReadOnlyList<string>>();
        while (reader.Read())
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        return new CsvFile(bom, [.. reader.Headers], records);
    }

    /// <summary>The records as dictionaries by column name, for tests that name what they compare.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows =>
        [.. Records.Select(r => (IReadOnlyDictionary<string, string>)Header.Zip(r).ToDictionary(c => c.First, c => c.Second, StringComparer.Ordinal))];
}
