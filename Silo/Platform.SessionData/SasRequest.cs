namespace Platform.Silo.SessionData;

/// <summary>Body of <c>POST /blobs/sas</c>: a grant token and the blob (full key, <c>facility/session/…</c>) to act on.</summary>
public sealed record SasRequest(string? Token, string? Blob);
