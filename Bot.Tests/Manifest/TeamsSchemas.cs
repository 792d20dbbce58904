using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Manifest;

/// <summary>
/// The official Teams manifest and localisation schemas, read offline from the npm package @microsoft/app-manifest.
/// </summary>
/// <remarks>
/// The schemas declare JSON Schema draft-04, which JsonSchema.Net does not implement (it starts at draft-06).
/// They are evaluated as draft-07 instead, which is faithful here for two reasons checked on every load:
/// they use none of the constructs whose meaning changed after draft-04 (a boolean exclusiveMinimum or
/// exclusiveMaximum, an "id" keyword), and they already use draft-06/07 keywords (const, if/then) that a strict
/// draft-04 validator would silently ignore. Both drafts ignore keywords beside a $ref.
/// </remarks>
public static class TeamsSchemas
{
    public const string Draft04 = "http://json-schema.org/draft-04/schema#";
    public const string Draft07 = "http://json-schema.org/draft-07/schema#";

    private static readonly ConcurrentDictionary<string, JsonSchema> Built = new(StringComparer.Ordinal);
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static string PackageFolder => RepositoryRoot.Combine("tools", "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    public static JsonSchema Manifest(string manifestVersion) => Load(manifestVersion, "MicrosoftTeams.schema.json");

    public static JsonSchema Localization(string manifestVersion) => Load(manifestVersion, "MicrosoftTeams.Localization.schema.json");

    /// <summary>Every schema violation as "instance location: keyword: message"; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonNode document)
    {
        var results = schema.Evaluate(JsonSerializer.SerializeToElement(document), Evaluation);
        if (results.IsValid)
            return [];
        var problems = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return problems.Count > 0 ? problems : ["invalid, without a detailed error"];
    }

    private static JsonSchema Load(string manifestVersion, string fileName)
    {
        var path = System.IO.Path.Combine(PackageFolder, $"v{manifestVersion}", fileName);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The Teams schema {path} is missing. The schemas come from the npm package @microsoft/app-manifest " +
                "pinned in tools/package.json: run tools/test.sh (or `npm ci --prefix tools`) first. If the package is installed " +
                $"and v{manifestVersion} is not in it, the manifest names a schema version the pinned package does not ship.");
        }

        // Built once per file: the manifest schema is large, and several test classes read it.
        return Built.GetOrAdd(path, _ => FromDraft04(
            JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidOperationException($"{path} is not a JSON object."), path));
    }

    /// <summary>Builds a draft-04 schema as draft-07, refusing it if it uses a construct the two drafts read differently.</summary>
    public static JsonSchema FromDraft04(JsonObject schema, string origin)
    {
        var declared = schema["$schema"]?.GetValue<string>();
        if (declared != Draft04)
            throw new InvalidOperationException($"{origin} declares {declared}; this loader only knows how to read draft-04 schemas as draft-07.");
        var draft04Only = Draft04OnlyConstructs(schema, "#").ToList();
        if (draft04Only.Count > 0)
            throw new InvalidOperationException($"{origin} uses draft-04 constructs that mean something else in draft-07: {string.Join(", ", draft04Only)}.");

        var copy = schema.DeepClone().AsObject();
        copy["$schema"] = Draft07;
        return JsonSchema.Build(JsonSerializer.SerializeToElement(copy), new BuildOptions { Dialect = Dialect.Draft07 });
    }

    /// <summary>Walks schema positions only (not the names under properties or definitions, which are data).</summary>
    private static IEnumerable<string> Draft04OnlyConstructs(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject schema:
                foreach (var (keyword, value) in schema)
                {
                    var at = $"{pointer}/{keyword}";
                    if (keyword is "exclusiveMinimum" or "exclusiveMaximum" && value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                        yield return at;
                    else if (keyword == "id" && value?.GetValueKind() == JsonValueKind.String)
                        yield return at;
                    else if (keyword is "properties" or "patternProperties" or "definitions" or "dependencies" && value is JsonObject named)
                    {
                        foreach (var (name, subschema) in named)
                        {
                            foreach (var found in Draft04OnlyConstructs(subschema, $"{at}/{name}"))
                                yield return found;
                        }
                    }
                    else if (keyword is not ("enum" or "const" or "default" or "examples" or "required"))
                    {
                        foreach (var found in Draft04OnlyConstructs(value, at))
                            yield return found;
                    }
                }

                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    foreach (var found in Draft04OnlyConstructs(items[i], $"{pointer}/{i}"))
                        yield return found;
                }

                break;
        }
    }
}
