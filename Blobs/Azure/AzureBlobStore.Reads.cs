using System.Globalization;
using System.Net;
using System.Xml;
using System.Xml.Linq;
using Platform.Blobs.Errors;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;

namespace Platform.Blobs.Azure;

/// <summary>Get Blob Properties, Get Blob (ranged), List Blobs and Delete Blob.</summary>
public sealed partial class AzureBlobStore
{
    private const int MaxListPage = 5000;
    private const string MetadataHeaderPrefix = "x-ms-meta-";

    public async Task<BlobProperties?> GetPropertiesAsync(BlobKey key, CancellationToken cancellationToken)
    {
        using var response = await SendAsync("Get Blob Properties", key.Value, HttpMethod.Head, string.Empty, null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            await ThrowForAsync(response, "Get Blob Properties", key.Value).ConfigureAwait(false);
        }

        var metadata = response.Headers
            .Where(h => h.Key.StartsWith(MetadataHeaderPrefix, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key[MetadataHeaderPrefix.Length..].ToLowerInvariant(), h => string.Join(',', h.Value));
        var length = response.Content.Headers.ContentLength
            ?? throw new BlobStoreException($"Get Blob Properties of '{key}' returned no Content-Length.");
        return new BlobProperties(length, metadata);
    }

    public async Task<Stream> OpenReadAsync(BlobKey key, BlobRange? range, CancellationToken cancellationToken)
    {
        var response = await SendAsync("Get Blob", key.Value, HttpMethod.Get, string.Empty, request =>
        {
            if (range is not null)
            {
                request.Headers.TryAddWithoutValidation("x-ms-range", string.Create(CultureInfo.InvariantCulture, $"bytes={range.OffsetBytes}-{range.LastByte}"));
            }
        }, cancellationToken, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        if (response.StatusCode is not HttpStatusCode.OK and not HttpStatusCode.PartialContent)
        {
            using (response)
            {
                await ThrowForAsync(response, "Get Blob", key.Value).ConfigureAwait(false);
            }
        }

        // The body streams from the socket; disposing the stream releases the connection.
        return await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<BlobPage> ListAsync(string prefix, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        BlobKey.ValidatePrefix(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var query = $"restype=container&comp=list&maxresults={Math.Min(pageSize, MaxListPage)}"
            + (prefix.Length > 0 ? "&prefix=" + Uri.EscapeDataString(prefix) : string.Empty)
            + (continuationToken is null ? string.Empty : "&marker=" + Uri.EscapeDataString(continuationToken));
        using var response = await SendAsync("List Blobs", null, HttpMethod.Get, query, null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            await ThrowForAsync(response, "List Blobs", prefix).ConfigureAwait(false);
        }

        return await ParseXmlAsync(response, "List Blobs", prefix, root =>
        {
            var items = root.Element("Blobs")?.Elements("Blob")
                .Select(blob => new BlobItem(
                    BlobKey.Parse(Required(blob, "Name")),
                    long.Parse(Required(blob.Element("Properties") ?? blob, "Content-Length"), CultureInfo.InvariantCulture)))
                .ToList() ?? [];
            var next = root.Element("NextMarker")?.Value;
            return new BlobPage(items, string.IsNullOrEmpty(next) ? null : next);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(BlobKey key, CancellationToken cancellationToken)
    {
        using var response = await SendAsync("Delete Blob", key.Value, HttpMethod.Delete, string.Empty, null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            await ThrowForAsync(response, "Delete Blob", key.Value).ConfigureAwait(false);
        }

        return true;
    }

    public async Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var deleted = 0;
        string? marker = null;
        do
        {
            var page = await ListAsync(prefix, MaxListPage, marker, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                if (await DeleteAsync(item.Key, cancellationToken).ConfigureAwait(false))
                {
                    deleted++;
                }
            }

            marker = page.ContinuationToken;
        }
        while (marker is not null);

        return deleted;
    }

    private static async Task<T> ParseXmlAsync<T>(HttpResponseMessage response, string operation, string key, Func<XElement, T> read, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var root = XDocument.Parse(body).Root ?? throw new XmlException("no root element");
            return read(root);
        }
        catch (Exception e) when (e is XmlException or FormatException or OverflowException or InvalidBlobKeyException)
        {
            throw new BlobStoreException($"{operation} of '{key}' returned a malformed response: {e.Message}", e);
        }
    }

    private static string Required(XElement parent, string name) =>
        parent.Element(name)?.Value ?? throw new XmlException($"<{parent.Name}> has no <{name}>");
}
