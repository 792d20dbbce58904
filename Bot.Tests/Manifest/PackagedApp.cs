using System.Text;
using System.Text.Json.Nodes;

namespace MentorBot.Tests.Manifest;

/// <summary>
/// The app package as tools/package-app.sh builds it, once per test class: what Teams would receive, with a
/// sample bot id and domain filled in. Tests read the manifest, the French strings and the icons from it.
/// </summary>
public sealed class PackagedApp : IAsyncLifetime
{
    public const string BotId = "5c1e8f3a-2b7d-4e6f-9a0b-3c4d5e6f7a8b";
    public const string Domain = "mentorbot-test.azurewebsites.net";

    public IReadOnlyDictionary<string, byte[]> Files { get; private set; } = new Dictionary<string, byte[]>();

    public JsonObject Manifest => Json("manifest.json");

    public JsonObject French => Json("fr-fr.json");

    public string ManifestVersion => Manifest["manifestVersion"]!.GetValue<string>();

    public async Task InitializeAsync() => Files = await AppPackage.BuildAsync(BotId, Domain);

    public Task DisposeAsync() => Task.CompletedTask;

    public string Text(string file) => Encoding.UTF8.GetString(Files[file]);

    /// <summary>A fresh copy each time, so a test may edit it.</summary>
    public JsonObject Json(string file) => JsonNode.Parse(Files[file])?.AsObject() ?? throw new InvalidDataException($"{file} is not a JSON object.");
}
