using System.Xml.Linq;

namespace MentorBot.Tests.Localization;

/// <summary>The string entries of a .resx file, read as XML (what the build embeds), key to value.</summary>
internal static class ResxFile
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        var document = XDocument.Load(path);
        return document.Root!.Elements("data")
            .Where(data => data.Attribute("type") is null)
            .ToDictionary(data => data.Attribute("name")!.Value, data => data.Element("value")?.Value ?? string.Empty, StringComparer.Ordinal);
    }
}
