using Azure;
using Azure.Data.Tables.Models;
using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Storage;

/// <summary>Turns the Table service's refusals of a conditional write into the port's typed conflict.</summary>
internal static class AzureTableConflicts
{
    /// <summary>The conflict <paramref name="error"/> stands for, or null when it is some other failure.</summary>
    public static EntityConflictException? From(RequestFailedException error, BatchOperationKind kind, string partitionKey, string rowKey, int? batchIndex = null)
    {
        // A 404 about the table, not the entity, is an infrastructure failure and must not pass for "not found".
        if (error.ErrorCode == TableErrorCode.TableNotFound.ToString())
            return null;

        EntityConflictReason? reason = error.Status switch
        {
            412 => EntityConflictReason.ETagMismatch,
            409 when kind == BatchOperationKind.Insert => EntityConflictReason.AlreadyExists,
            404 when kind is BatchOperationKind.Update or BatchOperationKind.Delete => EntityConflictReason.NotFound,
            _ => null,
        };
        return reason is { } r ? new EntityConflictException(r, partitionKey, rowKey, batchIndex, error) : null;
    }
}
