using Platform.GraphQL.Execution;

namespace Platform.Gateway.Authorization;

/// <summary>
/// The object a field acts on, as a rule sees it: a description for the rule's name and a function giving the facility
/// of that object, or null when it is unknown or invisible to the caller (the field then answers as for an unknown id).
/// </summary>
public sealed record AccessTarget(string Description, Func<ResolverContext, Task<string?>> FacilityOf);
