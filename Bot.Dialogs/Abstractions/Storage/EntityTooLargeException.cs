namespace MentorBot.Dialogs.Abstractions.Storage;

/// <summary>An entity or key over the Azure Table Storage limits; raised before any write.</summary>
public sealed class EntityTooLargeException : Exception
{
    public EntityTooLargeException()
    {
    }

    public EntityTooLargeException(string message)
        : base(message)
    {
    }

    public EntityTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
