using System.Collections;
using System.Collections.Generic;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Diagnostics;

/// <summary>Collects findings at their default severity; configuration and suppressions are applied afterwards.</summary>
public sealed class DiagnosticBag : IReadOnlyList<ZoneDiagnostic>
{
    private readonly List<ZoneDiagnostic> _items = new();

    public void Report(RuleDescriptor descriptor, SourceSpan span, string message) =>
        _items.Add(new ZoneDiagnostic(descriptor, descriptor.DefaultSeverity, span, message));

    public void Add(ZoneDiagnostic diagnostic) => _items.Add(diagnostic);

    public int Count => _items.Count;

    public ZoneDiagnostic this[int index] => _items[index];

    public IEnumerator<ZoneDiagnostic> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
