using System.Net;
using MentorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Jobs;

/// <summary>
/// /hangfire without Jobs:DashboardPolicy answers local requests only (Hangfire's LocalRequestsOnlyAuthorizationFilter
/// compares the connection's remote address with loopback). A local request goes over real Kestrel on 127.0.0.1;
/// a remote one cannot be made from this machine, so those tests set the connection's addresses on the TestServer.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class JobsDashboardTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Dashboard_Answers200_ToARequestFromLoopback()
    {
        var database = await postgres.CreateDatabaseAsync("dashboard_local");
        await using var app = new JobsAppFactory(database, runServer: false);
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await http.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("MentorBot jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("203.0.113.7", false)]
    [InlineData("10.0.0.9", false)]
    public async Task Dashboard_IsOpenOnlyToLoopback_JudgedByTheConnectionsRemoteAddress(string remote, bool open)
    {
        // The loopback rows prove the address set here is what Hangfire judges, so the refusals are about the address.
        var database = await postgres.CreateDatabaseAsync("dashboard_remote");
        await using var app = new JobsAppFactory(database, runServer: false);

        var context = await app.Server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Get;
            http.Request.Path = "/hangfire";
            http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            http.Connection.LocalIpAddress = IPAddress.Parse("10.0.0.4");
        });

        if (open)
            Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        else
            Assert.Contains(context.Response.StatusCode, new[] { StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden });
    }

    [Fact]
    public async Task Dashboard_RefusesARequestWhoseRemoteAddressIsUnknown()
    {
        // TestServer leaves the remote address empty; Hangfire treats "unknown" as "not local", which is the safe side.
        var database = await postgres.CreateDatabaseAsync("dashboard_unknown");
        await using var app = new JobsAppFactory(database, runServer: false);
        using var http = app.CreateClient();

        using var response = await http.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
    }
}
