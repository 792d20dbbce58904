namespace MentorBot.Dialogs.Abstractions.Directory;

/// <summary>The language a person chats with the bot in, so a proactive message reads in it.</summary>
public interface IPersonLocales
{
    /// <summary>The Teams locale of the person's chat with the bot, or null when unknown (English is used).</summary>
    Task<string?> LocaleOfAsync(string tenantId, string userObjectId, CancellationToken cancellationToken);
}
