using Platform.Runtime;

namespace Platform.Grains.SessionData;

/// <summary>One stored file of a session: its path under the session's prefix, size, and a time-limited download link (relative to the platform's URL for the filesystem backend).</summary>
[Immutable]
public sealed record SessionFile(string Path, long SizeBytes, string DownloadUrl, DateTimeOffset DownloadExpiresAtUtc);
