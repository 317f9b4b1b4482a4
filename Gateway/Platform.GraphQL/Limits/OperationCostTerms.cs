using Platform.GraphQL.Types;

namespace Platform.GraphQL.Limits;

/// <summary>An operation's cost terms (<see cref="CostTerm"/>) and the schema they were worked out against.</summary>
internal sealed record OperationCostTerms(Schema Schema, CostTerm[] Terms);
