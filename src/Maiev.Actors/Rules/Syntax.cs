using System.Collections.Immutable;

namespace Maiev.Actors.Rules;

// The parsed form of an expression, before names and types are bound. These small records
// live together because they are one closed set read only by RuleBinder.

/// <summary>A parsed expression node.</summary>
internal abstract record Syntax(SourcePosition Position);

/// <summary>A number literal.</summary>
internal sealed record NumberSyntax(double Value, SourcePosition Position) : Syntax(Position);

/// <summary>A string literal (a duration, where a duration is compared).</summary>
internal sealed record StringSyntax(string Value, SourcePosition Position) : Syntax(Position);

/// <summary>A namespaced identifier (<c>rmq:latency</c>, <c>rules:x</c>, <c>rules:x:since</c>).</summary>
internal sealed record IdentifierSyntax(string Name, SourcePosition Position) : Syntax(Position);

/// <summary>A set literal <c>{a, b}</c>.</summary>
internal sealed record SetSyntax(ImmutableArray<Syntax> Items, SourcePosition Position) : Syntax(Position);

/// <summary><c>not x</c> or <c>-x</c>.</summary>
internal sealed record UnarySyntax(TokenKind Operator, Syntax Operand, SourcePosition Position) : Syntax(Position);

/// <summary>A binary operation: logic, comparison, membership or arithmetic.</summary>
internal sealed record BinarySyntax(TokenKind Operator, Syntax Left, Syntax Right, SourcePosition Position) : Syntax(Position);
