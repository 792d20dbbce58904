using System.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorBot.Benchmarks.Load;

/// <summary>
/// The baseline: a bare bot on the same SDK as MentorBot (Bot Framework 4.23, ASP.NET Core integration), as the SDK's
/// EchoBot template builds it: ConfigurationBotFrameworkAuthentication (empty app id here, as MentorBot's in the run:
/// no token checked or sent) over the host's IHttpClientFactory, a CloudAdapter, and an ActivityHandler that echoes
/// each message with SendActivityAsync, which posts the reply to the conversation's serviceUrl. The load benchmark
/// runs it as its own process (the hidden first argument echo-bot), with the same logging as MentorBot.
/// </summary>
internal static class EchoBot
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // MentorBot's appsettings.json: Information, except ASP.NET Core's own request logs.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<CloudAdapter>>();
            return new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), logger)
            {
                OnTurnError = async (turn, exception) =>
                {
                    logger.LogError(exception, "Echo bot turn failed");
                    await turn.SendActivityAsync("The echo bot failed.");
                },
            };
        });
        builder.Services.AddTransient<IBot, EchoHandler>();

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted));
        app.Logger.LogInformation("Echo bot: server GC {ServerGc}, {Cores} cores", GCSettings.IsServerGC, Environment.ProcessorCount);
        await app.RunAsync();
        return 0;
    }

    private sealed class EchoHandler : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);
    }
}
