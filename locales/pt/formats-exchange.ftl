# Intercâmbio XLIFF com as ferramentas de TAC dos tradutores, e formatos binários.

xliff-not-well-formed = o ficheiro não é XML bem formado: { $reason }. Verifique se a ferramenta de TAC o guardou por inteiro.
xliff-doctype = o ficheiro declara um DOCTYPE: o XLIFF não precisa de nenhum, e as entidades poderiam expandir-se sem fim. Exporte de novo o ficheiro a partir da ferramenta de TAC.
xliff-entity = o ficheiro usa uma entidade que o XML não define ({ $reason }): escreva o próprio carácter.
xliff-version = este ficheiro está em XLIFF { $version }; o plenary lê XLIFF 1.2. Exporte a versão 1.2 a partir da ferramenta de TAC.
xliff-not-xliff = este não é um ficheiro XLIFF (começa por «{ $element }»): indique o ficheiro .xlf escrito pela ferramenta de TAC.
xliff-no-target-language = o elemento <file> não tem target-language: indique a língua para a qual se traduziu.
xliff-mixed-languages = o ficheiro mistura vários pares de línguas: importe uma língua de cada vez.
xliff-unit-without-id = um <trans-unit> não tem identificador: este ficheiro não foi exportado pelo plenary.
xliff-one-language = indique uma só língua de tradução, não todas.
xliff-target-is-original = { $lang } é a língua original dos documentos: indique uma língua de tradução.
xliff-kind = { $kind ->
    [decision] decisão
    [recommendation] recomendação
    [administrative-decision] decisão administrativa
    [note] parágrafo do comunicado
    [report] relatório de grupo de trabalho
    [statement] declaração para a ata
    [reservation] reserva sobre uma decisão
    [objection] motivo de uma objeção
    [action] medida a tomar
   *[other] { $kind }
  }
xliff-note = Ponto { $item } da ordem do dia: { $kind }
xliff-note-stale = O original foi alterado depois de feita esta tradução: verifique a tradução face ao novo original.
xliff-exported = { $lang }: { $count } { $count ->
    [one] texto aguarda
   *[other] textos aguardam
  } tradução.
xliff-source-language = { $file }: a língua de partida é { $found }, mas a língua original desta reunião é { $expected }.
xliff-unknown-unit = { $file }: nenhum texto desta reunião tem o identificador { $id }: o ficheiro é de outra reunião. Nada foi registado.
xliff-unit-changed = { $id }: o original foi alterado desde a exportação; a tradução para { $lang } não é registada. Exporte de novo e traduza o novo original.
xliff-unit-refused = { $id }: { $reason }. Nada foi registado.
xliff-imported = { $lang }: { $count } { $count ->
    [one] tradução registada
   *[other] traduções registadas
  }, { $unchanged } sem alteração, { $refused } recusada(s).
xliff-not-utf8 = { $file } não está em UTF-8: guarde-o em UTF-8 a partir da ferramenta de TAC.
formats-binary-to-terminal = um documento { $format } não é texto para um terminal: escreva-o num ficheiro com -o FICHEIRO, ou redirecione a saída padrão.
formats-pdf-failed = não foi possível compor o PDF: { $reason }
