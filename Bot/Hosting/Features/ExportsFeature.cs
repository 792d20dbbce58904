using MentorBot.Dialogs.Abstractions.Exports;
using MentorBot.Dialogs.Conversations.Exports;
using MentorBot.Exports;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting.Features;

/// <summary>
/// A lead's export (journey 9): `export` answers with signed, short-lived links, and this host serves the CSV files
/// behind them.
/// </summary>
internal static class ExportsFeature
{
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ExportOptions>, ExportOptionsValidator>();
        services.AddSingleton<ExportSigner>();
        services.AddSingleton<IExportLinks, SignedExportLinks>();
        services.AddSingleton<ExportDownloads>();
        services.AddCommand<ExportCommand>();

        // ASP.NET Core's "Request starting/finished" lines hold the whole URL, query string included: an export link's
        // signature would sit in every log sink for its lifetime. Capped here, whatever Logging:LogLevel says for
        // Microsoft.AspNetCore (a more specific rule wins); requests are still traced by telemetry, whose URLs are redacted.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning));
        return services;
    }

    public static WebApplication MapExports(this WebApplication app)
    {
        // Made now, not at the first link: without a configured key, the warning that links die with the process shows at start-up.
        _ = app.Services.GetRequiredService<ExportSigner>();
        var files = app.MapGroup("/export/{programmeId}");
        files.MapGet("/" + ExportLink.PairsFile, (string programmeId, HttpContext context, ExportDownloads downloads) => downloads.PairsAsync(programmeId, context));
        files.MapGet("/" + ExportLink.ProgrammeFile, (string programmeId, HttpContext context, ExportDownloads downloads) => downloads.ProgrammeAsync(programmeId, context));
        return app;
    }
}
