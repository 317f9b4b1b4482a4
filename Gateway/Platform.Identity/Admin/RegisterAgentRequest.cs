namespace Platform.Identity.Admin;

/// <summary>Body of <c>POST /admin/facilities/{id}/agents</c>: the microscope the new agent acts for.</summary>
public sealed record RegisterAgentRequest(string MicroscopeId);
