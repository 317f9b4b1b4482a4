namespace Platform.Silo.SessionData;

/// <summary>Answer of <c>POST /blobs/sas</c>: the blob's URL with its SAS, valid until the grant expires.</summary>
public sealed record SasResponse(string Uri, DateTimeOffset ExpiresAtUtc);
