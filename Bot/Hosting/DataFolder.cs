using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

/// <summary>Resolves the folder embedded stores write to, creating it on first use.</summary>
public sealed class DataFolder(IOptions<MentorBotOptions> options, IHostEnvironment environment)
{
    public string PathFor(string fileName)
    {
        var folder = System.IO.Path.IsPathRooted(options.Value.DataFolder)
            ? options.Value.DataFolder
            : System.IO.Path.Combine(environment.ContentRootPath, options.Value.DataFolder);
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, fileName);
    }
}
