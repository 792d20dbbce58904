using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

internal static class StorageHosting
{
    public static WebApplicationBuilder AddMentorBotStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IEntityStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Provider switch
            {
                StorageProvider.Sqlite => new SqliteEntityStore(sp.GetRequiredService<DataFolder>().PathFor(options.SqliteFile), sp.GetRequiredService<TimeProvider>()),
                _ => throw new OptionsValidationException(StorageOptions.Section, typeof(StorageOptions), [$"Unknown storage provider {options.Provider}."]),
            };
        });

        // The Bot Framework's user and conversation state live on the same port as everything else.
        builder.Services.AddSingleton<IStorage, BotStateStorage>();
        builder.Services.AddSingleton<UserState>();
        builder.Services.AddSingleton<ConversationState>();
        return builder;
    }
}
