using Azure.Core;
using MentorBot.Graph;
using MentorBot.Hosting;

namespace MentorBot.Tests.Graph;

/// <summary>Graph settings that could only fail at the first "find a time" stop start-up instead, with what to set.</summary>
public sealed class GraphOptionsTests
{
    private const string Tenant = "6b3f1d2e-4c5a-4e8f-9a0b-1c2d3e4f5a6b";
    private const string Client = "3a2b1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9";

    [Fact]
    public void NoGraph_IsValid_WhateverElseIsSet() =>
        Assert.True(Validate(new GraphOptions { BaseUrl = new Uri("http://example.com/v1.0"), StaticToken = "x" }).Succeeded);

    [Fact]
    public void ClientSecret_Complete_IsValid() =>
        Assert.True(Validate(new GraphOptions { Credential = GraphCredentialKind.ClientSecret, TenantId = Tenant, ClientId = Client, ClientSecret = "s3cret" }).Succeeded);

    [Theory]
    [InlineData(GraphCredentialKind.ClientSecret, "Graph:ClientSecret")]
    [InlineData(GraphCredentialKind.Certificate, "Graph:CertificatePath")]
    [InlineData(GraphCredentialKind.StaticToken, "Graph:StaticToken")]
    public void Credential_WithoutItsSecret_IsRefused_NamingTheSetting(GraphCredentialKind kind, string setting)
    {
        var result = Validate(new GraphOptions { Credential = kind, TenantId = Tenant, ClientId = Client, BaseUrl = new Uri("http://127.0.0.1:5000/v1.0") });

        Assert.False(result.Succeeded);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void StaticToken_ForTheRealGraph_IsRefused()
    {
        var result = Validate(new GraphOptions { Credential = GraphCredentialKind.StaticToken, TenantId = Tenant, StaticToken = "token" });

        Assert.False(result.Succeeded);
        Assert.Contains("loopback", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://graph.contoso.com/v1.0")]
    [InlineData("v1.0")]
    public void BaseUrl_NotHttpsOffLoopback_IsRefused(string url)
    {
        var result = Validate(new GraphOptions { Credential = GraphCredentialKind.ManagedIdentity, TenantId = Tenant, BaseUrl = new Uri(url, UriKind.RelativeOrAbsolute) });

        Assert.False(result.Succeeded);
        Assert.Contains("Graph:BaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TenantAndLimits_AreChecked()
    {
        var result = Validate(new GraphOptions { Credential = GraphCredentialKind.ManagedIdentity, TenantId = "contoso", MaxRetries = 11, RetryDelaySeconds = 181, Timeout = TimeSpan.Zero });

        Assert.Equal(4, result.Failures!.Count());
    }

    [Fact]
    public void LoopbackTokenCredential_RefusesAnyAddressButLoopback()
    {
        Assert.Throws<ArgumentException>(() => new LoopbackTokenCredential("token", new Uri(GraphOptions.DefaultBaseUrl)));

        var credential = new LoopbackTokenCredential("token", new Uri("http://127.0.0.1:5000/v1.0"));
        Assert.Equal("token", credential.GetToken(new TokenRequestContext(["https://graph.microsoft.com/.default"]), CancellationToken.None).Token);
    }

    [Fact]
    public void TransactionIds_AreStablePerBookingKey_AndDifferBetweenKeys()
    {
        Assert.Equal(GraphEvents.TransactionIdFor("pair-1/slot-1"), GraphEvents.TransactionIdFor("pair-1/slot-1"));
        Assert.NotEqual(GraphEvents.TransactionIdFor("pair-1/slot-1"), GraphEvents.TransactionIdFor("pair-1/slot-2"));
        Assert.True(Guid.TryParse(GraphEvents.TransactionIdFor("pair-1/slot-1"), out _));
    }

    [Theory]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("India Standard Time", "Asia/Kolkata")]
    [InlineData("America/St_Johns", "America/St_Johns")]
    [InlineData("UTC", "Etc/UTC")]
    [InlineData(GraphPerson.CustomTimeZone, null)]
    [InlineData("", null)]
    public void GraphTimeZoneNames_BecomeIanaIds(string name, string? expected) => Assert.Equal(expected, GraphTimeZones.ToIana(name));

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(GraphOptions options) => new GraphOptionsValidator().Validate(null, options);
}
