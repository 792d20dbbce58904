namespace MentorBot.Tests.Deploy;

/// <summary>
/// The declarations of one .bicep or .bicepparam file that the deployment checks read: parameters (with their
/// decorators and defaults), variables, module calls (with the params they pass), every object literal, and a
/// parameter file's "using" target. Statements are read at the top level only, as Bicep declares them.
/// </summary>
public sealed class BicepFile
{
    private BicepFile(string path, string text)
    {
        Path = path;
        Text = BicepText.WithoutComments(text);
        Read();
    }

    public string Path { get; }

    /// <summary>The source without comments, so commented-out settings do not count.</summary>
    public string Text { get; }

    public List<BicepParameter> Parameters { get; } = [];

    public Dictionary<string, string> Variables { get; } = [];

    public List<BicepModule> Modules { get; } = [];

    /// <summary>The file a .bicepparam file's "using" statement names, as written.</summary>
    public string? Using { get; private set; }

    public bool IsParameterFile => Path.EndsWith(".bicepparam", StringComparison.Ordinal);

    public static BicepFile Parse(string path, string text) => new(path, text);

    public BicepParameter? Parameter(string name) => Parameters.Find(p => p.Name == name);

    public bool Declares(string resourceType) => Text.Contains($"'{resourceType}@", StringComparison.Ordinal);

    /// <summary>Every object literal in the file, outermost first, as its top-level entries.</summary>
    public IEnumerable<IReadOnlyList<KeyValuePair<string, string>>> Objects()
    {
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\'')
                i = BicepText.StringEnd(Text, i) - 1;
            else if (Text[i] == '{')
                yield return BicepText.ObjectEntries(Text, i, BicepText.Close(Text, i));
        }
    }

    private void Read()
    {
        var decorators = new List<string>();
        var i = 0;
        while (i < Text.Length)
        {
            if (char.IsWhiteSpace(Text[i]))
            {
                i++;
                continue;
            }

            if (Text[i] == '@')
            {
                var nameEnd = WordEnd(i + 1);
                decorators.Add(Text[(i + 1)..nameEnd]);
                i = nameEnd < Text.Length && Text[nameEnd] == '(' ? BicepText.Close(Text, nameEnd) + 1 : nameEnd;
                continue;
            }

            var end = StatementEnd(i);
            var statement = Text[i..end];
            var keyword = Text[i..WordEnd(i)];
            switch (keyword)
            {
                case "param":
                    Parameters.Add(ReadParameter(statement, decorators));
                    break;
                case "var":
                    var (name, value) = SplitAssignment(statement["var".Length..]);
                    Variables[name] = value ?? string.Empty;
                    break;
                case "module":
                    Modules.Add(ReadModule(statement));
                    break;
                case "using":
                    Using = statement["using".Length..].Trim().Trim('\'');
                    break;
            }

            decorators = [];
            i = end;
        }
    }

    private static BicepParameter ReadParameter(string statement, List<string> decorators)
    {
        var (declaration, defaultValue) = SplitAssignment(statement["param".Length..]);
        var parts = declaration.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return new BicepParameter(parts[0], parts.Length > 1 ? parts[1] : null, defaultValue, decorators.Contains("secure"));
    }

    private static BicepModule ReadModule(string statement)
    {
        var words = statement.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        var symbol = words[1];
        var path = words[2][..(words[2].IndexOf('\'', 1) + 1)].Trim('\'');
        var body = statement.IndexOf('{', StringComparison.Ordinal);
        var entries = BicepText.ObjectEntries(statement, body, BicepText.Close(statement, body));
        var parameters = entries.FirstOrDefault(e => e.Key == "params").Value;
        var passed = parameters is null ? [] : BicepText.ObjectEntries(parameters, 0, parameters.Length - 1);
        return new BicepModule(symbol, path, passed.ToDictionary(e => e.Key, e => e.Value));
    }

    /// <summary>Splits "name type = value" at the first '=' outside strings and brackets.</summary>
    private static (string Declaration, string? Value) SplitAssignment(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'')
                i = BicepText.StringEnd(text, i) - 1;
            else if (text[i] is '{' or '[' or '(')
                i = BicepText.Close(text, i);
            else if (text[i] == '=' && (i + 1 >= text.Length || text[i + 1] != '='))
                return (text[..i].Trim(), text[(i + 1)..].Trim());
        }

        return (text.Trim(), null);
    }

    private int WordEnd(int start)
    {
        var i = start;
        while (i < Text.Length && (char.IsLetterOrDigit(Text[i]) || Text[i] == '_'))
            i++;
        return i;
    }

    /// <summary>A statement ends at the first line break outside strings and brackets.</summary>
    private int StatementEnd(int start)
    {
        var i = start;
        while (i < Text.Length && Text[i] != '\n')
        {
            if (Text[i] == '\'')
                i = BicepText.StringEnd(Text, i);
            else if (Text[i] is '{' or '[' or '(')
                i = BicepText.Close(Text, i) + 1;
            else
                i++;
        }

        return i;
    }
}

/// <param name="Type">Null in a .bicepparam file, which assigns without declaring.</param>
/// <param name="Value">The default in a .bicep file; the assigned value in a .bicepparam file.</param>
public sealed record BicepParameter(string Name, string? Type, string? Value, bool IsSecure);

/// <param name="Parameters">The params the call passes, by name, as source expressions.</param>
public sealed record BicepModule(string Symbol, string Path, IReadOnlyDictionary<string, string> Parameters);
