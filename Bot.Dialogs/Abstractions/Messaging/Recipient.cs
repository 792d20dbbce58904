namespace MentorBot.Dialogs.Abstractions.Messaging;

/// <summary>
/// Where a proactive message goes: one person's personal chat with the bot (<see cref="PersonalChat"/>), or a channel
/// of a team the bot was added to (<see cref="ChannelPost"/>), everyone in the team reading it.
/// </summary>
public abstract record Recipient
{
    private protected Recipient()
    {
    }

    /// <summary>
    /// Names the recipient in the outbox (its rows are keyed by address and idempotency key): a person's Entra object id
    /// as it always was, or "channel:" and the channel's conversation id, which no object id looks like.
    /// </summary>
    public abstract string Address { get; }

    public static Recipient Person(string userObjectId) => new PersonalChat(userObjectId);

    public static Recipient Channel(string teamId, string channelId) => new ChannelPost(teamId, channelId);
}

/// <summary>A person's personal chat with the bot, keyed by their Entra object id.</summary>
public sealed record PersonalChat : Recipient
{
    public PersonalChat(string userObjectId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userObjectId);
        UserObjectId = userObjectId;
    }

    public string UserObjectId { get; }

    public override string Address => UserObjectId;
}

/// <summary>A new post in a channel of a team that has the bot; the team's stored reference reaches it.</summary>
public sealed record ChannelPost : Recipient
{
    public const string AddressPrefix = "channel:";

    public ChannelPost(string teamId, string channelId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        TeamId = teamId;
        ChannelId = channelId;
    }

    public string TeamId { get; }

    /// <summary>The channel's conversation id ("19:…@thread.tacv2"); the General channel's is the team's id.</summary>
    public string ChannelId { get; }

    public override string Address => AddressPrefix + ChannelId;
}
