using Azure.Data.Tables;
using Azure.Identity;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Stores;
using MentorBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

internal static class StorageHosting
{
    public static WebApplicationBuilder AddMentorBotStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        builder.Services.AddSingleton<IEntityStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            IEntityStore records = options.Provider switch
            {
                StorageProvider.Sqlite => new SqliteEntityStore(sp.GetRequiredService<DataFolder>().PathFor(options.SqliteFile), sp.GetRequiredService<TimeProvider>()),
                StorageProvider.AzureTables => new AzureTableEntityStore(TableService(options.AzureTables), options.AzureTables.TablePrefix),
                _ => throw new OptionsValidationException(StorageOptions.Section, typeof(StorageOptions), [$"Unknown storage provider {options.Provider}."]),
            };

            // Every write to what the digest reads keeps its read model current (see DigestFactsFeed).
            return new DigestFactsFeed(records, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DigestFactsFeed>>());
        });

        // The Bot Framework's user and conversation state live on the same port as everything else.
        builder.Services.AddSingleton<IStorage, BotStateStorage>();
        builder.Services.AddSingleton<UserState>();
        builder.Services.AddSingleton<ConversationState>();
        return builder;
    }

    // The validator has checked that exactly one of the two is set.
    private static TableServiceClient TableService(AzureTablesOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
            return new TableServiceClient(options.ConnectionString);

        // A managed identity, not DefaultAzureCredential: in production there is one right credential, and probing
        // the chain slows start-up and can pick up a developer's login by accident.
        var identity = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId);
        return new TableServiceClient(options.ServiceUri!, new ManagedIdentityCredential(identity));
    }
}
