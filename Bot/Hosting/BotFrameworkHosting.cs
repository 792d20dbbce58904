using MentorBot.Messaging;
using MentorBot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

internal static partial class BotFrameworkHosting
{
    public static WebApplicationBuilder AddMentorBotFramework(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotAuthenticationOptions>().BindConfiguration(string.Empty).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();
        services.AddOptions<MentorBotOptions>().BindConfiguration(MentorBotOptions.Section).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (options.PublicBaseUrl is null && environment.IsDevelopment())
                    options.PublicBaseUrl = MentorBotOptions.DevelopmentPublicBaseUrl;
            });
        services.AddSingleton<IValidateOptions<MentorBotOptions>, MentorBotOptionsValidator>();
        services.AddSingleton<DataFolder>();
        services.AddSingleton(TimeProvider.System);

        // The SDK reads MicrosoftAppId & co. from the configuration root itself; the options above validate them. Without
        // an IHttpClientFactory its connector factory makes a new HttpClient, so a new connection (a TLS handshake with
        // Teams), for every message sent; the host's factory pools one handler. Its default client has no retry handler,
        // so attempts stay counted by the messenger alone (see ProactiveMessenger).
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new SharedConnectorClients(new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(),
            httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddSingleton<ChannelDataCheck>();
        services.AddSingleton<TenantAllowList>();
        services.AddSingleton<MentorBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<MentorBotAdapter>());
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<TeamChannelStore>();
        services.AddSingleton<MentorBot.Dialogs.Abstractions.Messaging.ITeamChannels>(sp => sp.GetRequiredService<TeamChannelStore>());
        services.AddSingleton<TeamInstallations>();
        services.AddTransient<IBot, MentorBotActivityHandler>();
        return builder;
    }

    public static WebApplication MapMentorBotMessages(this WebApplication app)
    {
        var auth = app.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        if (auth.AuthenticationDisabled)
            LogAuthenticationOff(app.Logger);

        app.MapPost("/api/messages", async (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, IOptions<MentorBotOptions> options) =>
        {
            var problem = await ActivityRequestGuard.CheckAsync(context.Request, options.Value.MaxActivityBytes, context.RequestAborted);
            if (problem is not null)
            {
                LogRejected(app.Logger, problem);
                return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
            }

            try
            {
                await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted);
            }
            catch (Exception e) when (IsRefusedToken(e) && !context.Response.HasStarted)
            {
                // The adapter answers 401 for the refusals it raises itself (UnauthorizedAccessException), but lets the token
                // handler's own (a bad signature, an unknown key, a malformed or unsigned token) through as a 500. They are
                // the caller's fault, not ours: 401, logged by kind only (never the token).
                LogRefusedToken(app.Logger, e.GetType().Name);
                return Results.Unauthorized();
            }

            return Results.Empty;
        });
        return app;
    }

    // The SDK parses a token that is not a JWT at all with `new JwtSecurityToken(...)` before validating anything, which
    // throws a plain ArgumentException; told apart from our own ArgumentExceptions by where it was thrown.
    private static bool IsRefusedToken(Exception e) =>
        e is Microsoft.IdentityModel.Tokens.SecurityTokenException or Microsoft.IdentityModel.Tokens.SecurityTokenArgumentException ||
        (e is ArgumentException && e.TargetSite?.DeclaringType?.Namespace?.StartsWith("System.IdentityModel.Tokens.Jwt", StringComparison.Ordinal) == true);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request to /api/messages: its token failed validation ({Kind})")]
    private static partial void LogRefusedToken(ILogger logger, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MicrosoftAppId is empty: incoming requests are NOT authenticated. Allowed in the Development environment only, for the Agents Playground.")]
    private static partial void LogAuthenticationOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected a request to /api/messages: {Problem}")]
    private static partial void LogRejected(ILogger logger, string problem);
}
