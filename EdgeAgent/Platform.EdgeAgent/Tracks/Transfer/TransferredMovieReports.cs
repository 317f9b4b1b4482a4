using System.Security.Cryptography;
using System.Text;
using Platform.AgentLink.Contracts;
using Platform.Transfer.Queue;
using Platform.Transfer.Reporting;

namespace Platform.EdgeAgent.Tracks.Transfer;

/// <summary>
/// The transfer track's part of a micrograph: once a movie (<see cref="MovieFiles"/>, sent from the frames folder) is in
/// storage, a <see cref="MicrographReport"/> with its blob key, size and SHA-256 and its acquisition time (the movie's
/// last write, as the pre-processing track reports it). The platform merges it with the pre-processing track's results
/// under the same name and counts the movie in the session's <c>moviesTransferred</c> once.
/// </summary>
public static class TransferredMovieReports
{
    /// <summary>
    /// The report for a stored file, or null when it is not a movie. The idempotency key is a digest of the name and the
    /// content (a movie name may be up to 200 characters, the key too), so a file found again after a clear, or re-sent
    /// after a crash, is one report; a movie rewritten with new content is a new one.
    /// </summary>
    public static MicrographReport? From(string sessionId, TransferItem item, FileTransferResult result, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(result);
        if (!item.BlobName.StartsWith(TransferTrackFactory.FramesPrefix, StringComparison.Ordinal) || !MovieFiles.IsMovie(item.BlobName))
        {
            return null;
        }

        var name = MovieFiles.NameOf(item.BlobName);
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{name}\n{result.Sha256}")))[..32];
        return new MicrographReport($"{sessionId}/transfer/micrograph/{digest}", sessionId, nowUtc, name)
        {
            AcquiredAtUtc = item.ModifiedAt.ToUniversalTime(),
            FilePath = item.BlobName,
            FileSizeBytes = item.SizeBytes,
            FileSha256 = result.Sha256,
        };
    }
}
