namespace Platform.Identity.Admin;

/// <summary>Body of <c>POST /admin/facilities/{id}/results-clients</c>: the source name the new client's results appear under.</summary>
public sealed record RegisterResultsClientRequest(string? Name);
