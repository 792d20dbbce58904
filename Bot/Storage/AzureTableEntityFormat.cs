using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Storage;

/// <summary>
/// How an entity of the port is laid out in Azure Table Storage: keys escaped with <see cref="KeyEncoding"/>,
/// the JSON body as UTF-8 split over binary properties B00…B15. A property holds at most 64 KB but a body may
/// reach <see cref="EntityLimits.MaxBodyBytes"/>, so one property would not do. Binary rather than string chunks:
/// the service counts a string as UTF-16 (twice the size of ASCII JSON) and a split could cut a surrogate pair.
/// </summary>
internal static class AzureTableEntityFormat
{
    /// <summary>64 KB, not KiB: the live service refuses a 65,536-byte property although its documentation says 64 KiB.</summary>
    public const int ChunkBytes = 64_000;

    public const int MaxChunks = 16;

    private static readonly string[] ChunkNames = Enumerable.Range(0, MaxChunks).Select(i => "B" + i.ToString("D2", CultureInfo.InvariantCulture)).ToArray();

    public static TableEntity ToTableEntity(EntityWrite write) => ToTableEntity(write.PartitionKey, write.RowKey, write.Body);

    public static TableEntity ToTableEntity(string partitionKey, string rowKey, string? body)
    {
        var entity = new TableEntity(KeyEncoding.Encode(partitionKey), KeyEncoding.Encode(rowKey));
        if (body is null)
            return entity;

        var bytes = Encoding.UTF8.GetBytes(body);
        if (bytes.Length > MaxChunks * ChunkBytes)
            throw new EntityTooLargeException($"The entity body is {bytes.Length:N0} bytes; Azure Table Storage holds at most {MaxChunks * ChunkBytes:N0} in {MaxChunks} binary properties.");

        // Chunks cut through multi-byte characters; that is fine because they are joined as bytes before decoding.
        for (int offset = 0, i = 0; offset < bytes.Length; offset += ChunkBytes, i++)
            entity[ChunkNames[i]] = bytes.AsSpan(offset, Math.Min(ChunkBytes, bytes.Length - offset)).ToArray();
        return entity;
    }

    public static StoredEntity ToStoredEntity(TableEntity entity)
    {
        var chunks = new List<byte[]>(MaxChunks);
        foreach (var name in ChunkNames)
        {
            var chunk = entity.GetBinary(name);
            if (chunk is null)
                break;
            chunks.Add(chunk);
        }

        var bytes = new byte[chunks.Sum(c => c.Length)];
        var position = 0;
        foreach (var chunk in chunks)
        {
            chunk.CopyTo(bytes, position);
            position += chunk.Length;
        }

        return new StoredEntity(
            KeyEncoding.Decode(entity.PartitionKey),
            KeyEncoding.Decode(entity.RowKey),
            entity.ETag.ToString(),
            Encoding.UTF8.GetString(bytes),
            entity.Timestamp ?? DateTimeOffset.MinValue);
    }
}
