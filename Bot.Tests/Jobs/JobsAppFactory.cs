using MentorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MentorBot.Tests.Jobs;

/// <summary>
/// The real web app with its jobs on a given PostgreSQL database and its embedded stores in a temp folder.
/// Settings go in through UseSetting, which the minimal host sees before Program reads its configuration.
/// </summary>
public sealed class JobsAppFactory : WebApplicationFactory<Program>
{
    public const string Schema = "mentorbot_jobs";

    private readonly TemporaryFolder _data = new("mentorbot-jobs-app-");
    private readonly Dictionary<string, string?> _settings;

    public JobsAppFactory(string connectionString, bool runServer = true)
    {
        _settings = new()
        {
            ["MentorBot:DataFolder"] = _data.Path,
            ["Jobs:Storage"] = "PostgreSql",
            ["Jobs:ConnectionString"] = connectionString,
            ["Jobs:Schema"] = Schema,
            ["Jobs:RunServer"] = runServer ? "true" : "false",
            ["Jobs:WorkerCount"] = "2",
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _data.Dispose();
    }
}
