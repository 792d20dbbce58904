using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// A load balancer without session affinity, as in front of several bot instances: a Kestrel server on loopback that
/// forwards each POST /api/messages to the next instance in turn (body, content type and Authorization as they came),
/// answers with what that instance answered, and remembers which instance served which activity.
/// </summary>
public sealed class RoundRobinProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IReadOnlyList<Uri> _instances;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly Lock _gate = new();
    private readonly List<ProxiedActivity> _served = [];
    private int _next;

    private RoundRobinProxy(WebApplication app, IReadOnlyList<Uri> instances)
    {
        _app = app;
        _instances = instances;
    }

    /// <summary>Where to post activities: the proxy's own /api/messages.</summary>
    public Uri MessagesEndpoint { get; private set; } = null!;

    /// <summary>Every activity forwarded, in the order they arrived, with the index of the instance that served it.</summary>
    public IReadOnlyList<ProxiedActivity> Served
    {
        get
        {
            lock (_gate)
                return [.. _served];
        }
    }

    public static async Task<RoundRobinProxy> StartAsync(IReadOnlyList<Uri> instances)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var proxy = new RoundRobinProxy(app, instances);
        app.MapPost("/api/messages", proxy.ForwardAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        proxy.MessagesEndpoint = new Uri(new Uri(address), "/api/messages");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var bytes = body.ToArray();
        int instance;
        lock (_gate)
            instance = _next++ % _instances.Count;

        using var forwarded = new HttpRequestMessage(HttpMethod.Post, new Uri(_instances[instance], "/api/messages")) { Content = new ByteArrayContent(bytes) };
        if (context.Request.ContentType is { } contentType)
            forwarded.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
            forwarded.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var answer = await _http.SendAsync(forwarded, context.RequestAborted);

        var activity = JsonNode.Parse(bytes);
        lock (_gate)
            _served.Add(new ProxiedActivity(instance, (string?)activity?["id"], (string?)activity?["type"], (int)answer.StatusCode));

        context.Response.StatusCode = (int)answer.StatusCode;
        if (answer.Content.Headers.ContentType is { } answered)
            context.Response.ContentType = answered.ToString();
        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}

/// <summary>One activity the proxy forwarded: which instance (0-based) served it, and with what status.</summary>
public sealed record ProxiedActivity(int Instance, string? ActivityId, string? Type, int Status);
