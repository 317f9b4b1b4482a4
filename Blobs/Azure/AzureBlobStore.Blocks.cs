using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;

namespace Platform.Blobs.Azure;

/// <summary>Put Block, Put Block List and Get Block List.</summary>
public sealed partial class AzureBlobStore
{
    public async Task StageBlockAsync(BlobKey key, string blockId, ReadOnlyMemory<byte> content, ReadOnlyMemory<byte> contentMd5, CancellationToken cancellationToken)
    {
        var md5 = contentMd5.ToArray();
        using var response = await SendAsync("Put Block", key.Value, HttpMethod.Put, "comp=block&blockid=" + Uri.EscapeDataString(blockId), request =>
        {
            request.Content = new ReadOnlyMemoryContent(content);
            // The service recomputes the MD5 and refuses the block (400 Md5Mismatch) when it differs.
            request.Content.Headers.ContentMD5 = md5;
        }, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            await ThrowForAsync(response, "Put Block", key.Value).ConfigureAwait(false);
        }
    }

    public async Task CommitBlocksAsync(BlobKey key, IReadOnlyList<string> blockIds, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var body = new XDocument(new XElement("BlockList", blockIds.Select(id => new XElement("Latest", id)))).ToString(SaveOptions.DisableFormatting);
        using var response = await SendAsync("Put Block List", key.Value, HttpMethod.Put, "comp=blocklist", request =>
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/xml");
            // Blobs are written once: a commit onto an existing blob fails instead of replacing it.
            request.Headers.TryAddWithoutValidation("If-None-Match", "*");
            foreach (var (name, value) in metadata)
            {
                request.Headers.TryAddWithoutValidation("x-ms-meta-" + name, value);
            }
        }, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            await ThrowForAsync(response, "Put Block List", key.Value).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<StagedBlock>> GetUncommittedBlocksAsync(BlobKey key, CancellationToken cancellationToken)
    {
        using var response = await SendAsync("Get Block List", key.Value, HttpMethod.Get, "comp=blocklist&blocklisttype=uncommitted", null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            await ThrowForAsync(response, "Get Block List", key.Value).ConfigureAwait(false);
        }

        return await ParseXmlAsync(response, "Get Block List", key.Value, root =>
            root.Element("UncommittedBlocks")?.Elements("Block")
                .Select(block => new StagedBlock(Required(block, "Name"), long.Parse(Required(block, "Size"), CultureInfo.InvariantCulture)))
                .ToList() ?? [], cancellationToken).ConfigureAwait(false);
    }
}
