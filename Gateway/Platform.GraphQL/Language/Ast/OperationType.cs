namespace Platform.GraphQL.Language.Ast;

/// <summary>The kind of a GraphQL operation.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
