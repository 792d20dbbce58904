using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// Stands between a Playground and the bot and gives every activity the locale of the user's Teams client.
/// The Playground (0.2.28) hard-codes "en-US" in each activity it builds (messages, card submissions, installs;
/// see its dist/index.js) and has no setting for it: no configuration key, environment variable or query string,
/// and the browser's language is not used. Teams itself sends the client's language, so a French user's turns
/// reach the bot here exactly as Teams would send them, while the user still types and clicks in the real UI.
/// The bot answers the Playground's connector directly (the activities' serviceUrl), not through the relay.
/// </summary>
internal sealed class LocaleRelay : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private LocaleRelay(WebApplication app, HttpClient http, Uri endpoint)
    {
        _app = app;
        _http = http;
        Endpoint = endpoint;
    }

    /// <summary>Where the Playground should send its activities instead of the bot's /api/messages.</summary>
    public Uri Endpoint { get; }

    public static async Task<LocaleRelay> StartAsync(Uri botEndpoint, string locale)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        app.Run(context => RelayAsync(context, http, botEndpoint, locale));
        try
        {
            await app.StartAsync();
        }
        catch
        {
            http.Dispose();
            await app.DisposeAsync();
            throw;
        }

        var address = new Uri(app.Urls.Single());
        return new LocaleRelay(app, http, new Uri(address, botEndpoint.AbsolutePath));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }

    /// <summary>Sets the activity's locale and its clientInfo entity's, as a Teams client in that language does.</summary>
    public static string WithLocale(string activityJson, string locale)
    {
        if (JsonNode.Parse(activityJson) is not JsonObject activity)
            return activityJson;
        activity["locale"] = locale;
        foreach (var entity in (activity["entities"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (entity["type"]?.GetValue<string>() == "clientInfo")
                entity["locale"] = locale;
        }

        return activity.ToJsonString();
    }

    private static async Task RelayAsync(HttpContext context, HttpClient http, Uri botEndpoint, string locale)
    {
        var request = context.Request;
        using var forward = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(botEndpoint, request.Path + request.QueryString));
        if (request.Headers.Authorization.Count > 0)
            forward.Headers.TryAddWithoutValidation("Authorization", request.Headers.Authorization.ToArray());
        if (HttpMethods.IsPost(request.Method))
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            forward.Content = new StringContent(body.Length == 0 ? body : WithLocale(body, locale), Encoding.UTF8, "application/json");
        }

        using var answer = await http.SendAsync(forward, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        if (answer.Content.Headers.ContentType is { } type)
            context.Response.ContentType = type.ToString();
        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
