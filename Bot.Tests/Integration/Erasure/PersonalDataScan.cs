using System.Text;
using System.Text.Json;
using MentorBot.Dialogs.Abstractions.Storage;
using Microsoft.Data.Sqlite;

namespace MentorBot.Tests.Integration.Erasure;

/// <summary>
/// Where traces of a person remain: every table of the entity store (keys and bodies, raw and JSON-decoded) and every
/// table of Hangfire's SQLite job storage (job arguments, states, sets). Generic on purpose: a table added later is
/// scanned without anyone remembering to add it here.
/// </summary>
public static class PersonalDataScan
{
    /// <summary>"table/partition/row: trace" for each entity holding any of <paramref name="traces"/>.</summary>
    public static async Task<List<string>> EntityStoreAsync(IEntityStore store, IReadOnlyCollection<string> traces)
    {
        var found = new List<string>();
        foreach (var table in await store.ListTablesAsync(default))
        {
            await foreach (var entity in store.Table(table).ScanAsync(default))
            {
                var text = string.Join('\n', entity.PartitionKey, entity.RowKey, entity.Body, Decoded(entity.Body));
                found.AddRange(Matches(text, traces).Select(t => $"{table}/{entity.PartitionKey}/{entity.RowKey}: {t}"));
            }
        }

        return found;
    }

    /// <summary>"table: trace" for each row of each table of a SQLite database holding any of <paramref name="traces"/>.</summary>
    public static List<string> SqliteDatabase(string file, IReadOnlyCollection<string> traces)
    {
        var found = new List<string>();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
                tables.Add(reader.GetString(0));
        }

        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                    var text = value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                    row.Append(text).Append('\n').Append(Decoded(text)).Append('\n');
                }

                found.AddRange(Matches(row.ToString(), traces).Select(t => $"{table}: {t}"));
            }
        }

        return found;
    }

    private static IEnumerable<string> Matches(string text, IReadOnlyCollection<string> traces) =>
        traces.Where(t => text.Contains(t, StringComparison.OrdinalIgnoreCase));

    // Every string of a JSON document, unescaped ("\u00e9" is é), and of JSON held inside its strings (Hangfire keeps
    // arguments as JSON inside JSON); empty when the text is not JSON.
    private static string Decoded(string text)
    {
        var strings = new List<string>();
        Collect(text, strings, depth: 0);
        return string.Join('\n', strings);
    }

    private static void Collect(string text, List<string> strings, int depth)
    {
        var trimmed = text.TrimStart();
        if (depth > 3 || trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '['))
            return;
        try
        {
            using var document = JsonDocument.Parse(trimmed);
            Walk(document.RootElement, strings, depth);
        }
        catch (JsonException)
        {
            // Not JSON (or a row of several values): the raw text was scanned already.
        }
    }

    private static void Walk(JsonElement element, List<string> strings, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    strings.Add(property.Name);
                    Walk(property.Value, strings, depth);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    Walk(item, strings, depth);
                break;
            case JsonValueKind.String:
                var value = element.GetString()!;
                strings.Add(value);
                Collect(value, strings, depth + 1);
                break;
        }
    }
}
