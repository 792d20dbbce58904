namespace MentorBot.Dialogs.Abstractions.Storage;

/// <summary>A batch over the entity group transaction limits; raised before anything is written.</summary>
public sealed class BatchTooLargeException : Exception
{
    public BatchTooLargeException()
    {
    }

    public BatchTooLargeException(string message)
        : base(message)
    {
    }

    public BatchTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
