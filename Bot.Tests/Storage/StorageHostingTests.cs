using MentorBot.Dialogs.Stores;
using Azure.Data.Tables;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Hosting;
using MentorBot.Storage;
using MentorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MentorBot.Tests.Storage;

/// <summary>The storage area of the host: configuration picks the provider, and a bad one stops start-up.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class StorageHostingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AzureTablesProvider_FromConfiguration_WritesToTheConfiguredAccountUnderThePrefix()
    {
        var prefix = "host" + Guid.NewGuid().ToString("N")[..8];
        await using var app = Build(new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureTables:TablePrefix"] = prefix,
        });
        await app.StartAsync();

        var store = app.Services.GetRequiredService<IEntityStore>();
        await store.PingAsync(CancellationToken.None);
        await store.Table("pairs").InsertAsync(new EntityWrite("programme", "pair", "{}"), CancellationToken.None);

        Assert.IsType<AzureTableEntityStore>(Assert.IsType<DigestFactsFeed>(store).Records);
        var written = await new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + "pairs").GetEntityIfExistsAsync<TableEntity>("programme", "pair");
        Assert.True(written.HasValue);
        await app.StopAsync();
    }

    [Fact]
    public async Task AzureTablesProvider_WithoutAConnection_StopsStartUp_WithAMessageSayingWhatToSet()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "AzureTables" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Storage:AzureTables:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqliteProvider_IsTheDefault_AndWritesUnderTheDataFolder()
    {
        var folder = Directory.CreateTempSubdirectory("mentorbot-hosting-");
        try
        {
            await using var app = Build(new() { ["MentorBot:DataFolder"] = folder.FullName, ["Storage:SqliteFile"] = "entities.db" });
            await app.StartAsync();

            var store = app.Services.GetRequiredService<IEntityStore>();
            await store.Table("pairs").InsertAsync(new EntityWrite("programme", "pair", "{}"), CancellationToken.None);

            Assert.IsType<SqliteEntityStore>(Assert.IsType<DigestFactsFeed>(store).Records);
            Assert.True(File.Exists(Path.Combine(folder.FullName, "entities.db")));
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddOptions<MentorBotOptions>().BindConfiguration(MentorBotOptions.Section);
        builder.Services.AddSingleton<DataFolder>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddMentorBotStorage();
        return builder.Build();
    }
}
