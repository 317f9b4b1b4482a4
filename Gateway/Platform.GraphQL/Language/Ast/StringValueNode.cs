namespace Platform.GraphQL.Language.Ast;

/// <summary>A string or block string literal (already unescaped).</summary>
public sealed record StringValueNode(string Value, bool Block) : ValueNode;
