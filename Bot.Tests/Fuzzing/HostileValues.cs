using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Fuzzing;

/// <summary>
/// Values a hostile or broken client may post where the bot expects something else: type confusion (objects, arrays,
/// numbers beyond any range, null, booleans), oversize text, and odd Unicode (lone surrogates, bidi overrides,
/// zero-width characters, emoji, right-to-left scripts, NUL and other controls).
/// </summary>
public sealed class HostileValues(Random random, FuzzWorld world)
{
    private static readonly string[] OddTexts =
    [
        "\uD800", "\uDFFF", "a\uDC00b", "\uD83D", "\u202Eevil\u202C", "\u2066isolate\u2069", "\u200B\u200C\u200D\uFEFF", "\u0000", "nul\u0000inside",
        "\u0007\u001B[31m", "😀👩🏽‍💻🏳️‍🌈", "مرحبا بالعالم", "שלום", "Ｆｕｌｌｗｉｄｔｈ", "e\u0301\u0301\u0301", "\r\n\r\n", "\t", " ", string.Empty,
        "<at>MentorBot</at> help", "**bold** [link](https://evil.example) ![img](https://evil.example/x.png)", "<script>alert(1)</script>",
        "${jndi:ldap://x}", "'; DROP TABLE pairs; --", "../../etc/passwd", "%00%0d%0a", "|", "a|b|c", "!live!mentee!x", "~", "\\", "/", "#", "?",
        "2027-02-30", "25:99", "-1", "0", "1e308", "NaN", "Infinity", "9999-12-31T23:59:59Z", "0001-01-01", "mentee", "mentor", "Monday,Funday",
        "true", "null", "{}", "[]",
    ];

    public Random Random => random;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool OneIn(int n) => random.Next(n) == 0;

    /// <summary>Any JSON value, as likely of the wrong type as of the right one.</summary>
    public JToken Value() => random.Next(16) switch
    {
        0 => JValue.CreateNull(),
        1 => new JValue(random.Next(2) == 0),
        2 => new JValue(random.Next(-3, 12)),
        3 => Huge(),
        4 => new JValue(random.NextDouble() * Math.Pow(10, random.Next(-5, 40))),
        5 => new JArray(Text(), random.Next(), JValue.CreateNull()),
        6 => new JArray(),
        7 => new JObject { [Text()] = Text(), ["nested"] = new JObject { ["deeper"] = new JArray(new JObject()) } },
        8 => new JObject(),
        9 => new JValue(Oversize()),
        10 => new JValue(Id()),
        11 => Deep(random.Next(10, 40)),
        _ => new JValue(Text()),
    };

    /// <summary>An id that exists here, someone else's, the other organisation's, or one that cannot exist.</summary>
    public string Id() => random.Next(8) switch
    {
        0 => Pick(world.ProgrammeIds),
        1 or 2 => Pick(world.PairIds),
        3 => Pick(world.PersonIds),
        4 => "!live!mentee!" + Pick(world.PersonIds),
        5 => Pick(world.PersonIds) + "|" + Pick(world.ProgrammeIds),
        6 => Guid.NewGuid().ToString(),
        _ => Text(),
    };

    /// <summary>Short text, odd more often than not.</summary>
    public string Text() => random.Next(4) switch
    {
        0 => Pick(OddTexts),
        1 => Pick(OddTexts) + Pick(OddTexts) + Pick(OddTexts),
        2 => RandomChars(random.Next(1, 40)),
        _ => "Data engineering",
    };

    /// <summary>Past the bot's limits: typed text (2,000), a card field (100,000), or merely long.</summary>
    public string Oversize() => random.Next(4) switch
    {
        0 => new string('x', 2001),
        1 => new string('é', 100_001),
        2 => string.Concat(Enumerable.Repeat("😀\u200B", random.Next(1000, 3000))),
        _ => RandomChars(random.Next(300, 5000)),
    };

    private JValue Huge() => random.Next(5) switch
    {
        0 => new JValue(long.MaxValue),
        1 => new JValue(long.MinValue),
        2 => new JValue(double.MaxValue),
        3 => new JValue(decimal.MaxValue),
        _ => new JValue(System.Numerics.BigInteger.Parse("123456789012345678901234567890123456789", CultureInfo.InvariantCulture)),
    };

    private static JToken Deep(int depth)
    {
        JToken token = new JValue("bottom");
        for (var i = 0; i < depth; i++)
            token = i % 2 == 0 ? new JArray(token) : new JObject { ["d"] = token };
        return token;
    }

    private string RandomChars(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(6) switch
            {
                0 => (char)random.Next(0, 0x20),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0x0590, 0x0700),
                3 => (char)random.Next(0x2000, 0x2070),
                _ => (char)random.Next(0x20, 0x7F),
            });
        }

        return text.ToString();
    }
}
