using ZoneLint.Core.Text;

namespace ZoneLint.Core.Diagnostics;

/// <summary>One finding: a rule, where it applies, and a message that says what the text became and how to fix it.</summary>
public sealed record ZoneDiagnostic(RuleDescriptor Descriptor, DiagnosticSeverity Severity, SourceSpan Span, string Message)
{
    public string Id => Descriptor.Id;

    public override string ToString() =>
        $"{Span.File}({Span.StartLine},{Span.StartColumn}): {Severity.ToName()} {Id}: {Message}";
}
