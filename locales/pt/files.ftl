# Problemas nos ficheiros do órgão e da reunião, apresentados como ficheiro:linha:coluna: mensagem.

file-not-found = ficheiro não encontrado. Verifique o caminho.
file-unreadable = não é possível ler o ficheiro ({ $reason }).
file-is-directory = isto é uma pasta, não um ficheiro. Indique o ficheiro .toml da reunião.
file-too-large = o ficheiro tem { $megabytes } MB, demasiado grande para uma ordem do dia. Indique o ficheiro .toml da reunião.
file-not-utf8 = a partir daqui, o ficheiro não é texto UTF-8. Guarde-o como texto UTF-8.
file-empty = o ficheiro está vazio. Escreva nele as suas chaves, como descrito em docs/file-formats.md.
file-toml-syntax = sintaxe TOML: { $detail }. Corrija a sintaxe aqui.
file-more-problems = { $count } { $count ->
    [0] problemas adicionais não apresentados
    [one] problema adicional não apresentado
   *[other] problemas adicionais não apresentados
  }. Corrija estes primeiro.
file-incomplete = não foi possível ler a reunião. Corrija os problemas acima.
file-wrong-type = `{ $key }` tem de ser { $expected ->
    [string] uma cadeia de caracteres
    [integer] um número inteiro
    [boolean] um booleano (true ou false)
    [table] uma tabela
    [array-of-strings] uma lista de cadeias de caracteres
    [array-of-tables] uma lista de tabelas
    [localised] uma cadeia de caracteres ou uma tabela de línguas
   *[other] { $expected }
  }, não { $found ->
    [string] uma cadeia de caracteres
    [integer] um número inteiro
    [float] um número decimal
    [boolean] um booleano
    [datetime] uma data ou hora
    [array] uma lista
    [table] uma tabela
   *[other] { $found }
  }.
file-missing-key = falta a chave `{ $key }`. Acrescente-a.
file-unknown-key = chave desconhecida `{ $key }`. Esperava-se uma de: { $expected }.
file-empty-value = a chave `{ $key }` está vazia. Escreva um valor ou remova a chave.
file-bad-integer = `{ $key }` não é um número inteiro dentro do intervalo permitido.
file-bad-date = `{ $key }` tem de ser uma data no formato YYYY-MM-DD.
file-bad-choice = `{ $key }` não pode ser "{ $found }". Utilize um destes valores: { $expected }.
file-unknown-language = "{ $lang }" não é uma língua oficial do órgão ({ $languages }). Utilize uma dessas ou acrescente-a às línguas do órgão.
file-missing-original = `{ $key }` não tem texto na língua original ({ $lang }). Acrescente-o: o original é obrigatório.
file-no-languages = o órgão não tem línguas oficiais. Enumere-as em `languages`, com a original em primeiro lugar.
file-unsupported-language = o plenary não tem tradução das suas próprias mensagens para "{ $lang }". Línguas disponíveis: { $supported }.
file-duplicate-language = a língua "{ $lang }" aparece duas vezes. Remova uma.
file-bad-language-tag = "{ $lang }" não é uma etiqueta de língua. Utilize uma etiqueta BCP 47, como en-GB ou fr.
file-bad-id = o identificador "{ $id }" só pode conter letras, algarismos, - e _. Mude-lhe o nome.
file-duplicate-id = o identificador "{ $id }" já é utilizado na linha { $line }. Os identificadores não distinguem maiúsculas de minúsculas: mude o nome de um deles.
file-membership-and-category = a chave `{ $key }` não pode figurar ao lado de `membership`. Mova-a para as entradas de `membership`.
file-empty-membership = `membership` está vazio. Acrescente pelo menos uma entrada com `from` e `category`.
file-membership-order = a entrada de adesão de { $date } tem de vir depois da de { $previous }. Ordene as entradas por data.
file-bad-country = "{ $code }" não é um código de país. Utilize duas letras maiúsculas ISO 3166, como AT.
file-duplicate-country = o país "{ $code }" aparece duas vezes. Remova um.
file-body-not-found = o ficheiro do órgão "{ $path }" não foi encontrado (procurado em { $looked }). O caminho é relativo ao ficheiro da reunião.
file-body-has-problems = o ficheiro do órgão "{ $path }" tem problemas, listados com o nome dele. Corrija-os.
file-closes-before-opens = a reunião encerra ({ $closes }) antes de abrir ({ $opens }). Corrija uma das datas.
file-not-member-then = "{ $id }" não é membro do órgão no dia de abertura. Verifique as datas de adesão no ficheiro do órgão.
file-unknown-delegation = não existe nenhuma delegação "{ $id }" no ficheiro do órgão nem entre os convidados. Verifique o identificador.
file-not-participant = "{ $id }" é { $category ->
    [observer] observador
    [applicant] candidato
    [guest] convidado
   *[other] { $category }
  } no dia de abertura; tem de ser participante.
file-chair-is-vice-chair = "{ $id }" não pode exercer simultaneamente a presidência e a vice-presidência. Indique outra vice-presidência.
file-guest-id-taken = o identificador de convidado "{ $id }" já é o de uma delegação ou de um órgão. Escolha outro.
file-no-items = a reunião não tem pontos na ordem do dia. Acrescente pelo menos um [[items]].
file-bad-item-number = "{ $number }" não é um número de ponto. Utilize algarismos e pontos, como 3 ou 2.1.
file-quote-item-number = `{ $key } = { $number }` é um número decimal, não um número de ponto. Escreva-o entre aspas: { $key } = "{ $number }".
file-duplicate-item = o ponto { $number } já existe na linha { $line }. Renumere um deles.
file-item-order = o ponto { $number } vem depois do ponto { $previous }. Ponha os pontos por ordem.
file-bad-lead = "{ $id }" não é uma delegação, nem um órgão subsidiário, nem "chair". Verifique o identificador.
file-bad-minutes = { $minutes } minutos não é uma duração possível para um ponto. Indique um valor de 1 a 1440.
file-unknown-subsidiary = não existe o órgão subsidiário "{ $id }" no ficheiro do órgão (conhecidos: { $known }).
file-draft-and-final = o texto "{ $lang }" está simultaneamente em `text` e em `draft`, ou é o original. Mantenha-o num só local.
file-bad-year = `{ $key }` tem de ser um ano, como 2010.
file-bad-month = `{ $key }` tem de ser um mês de 1 a 12.
file-not-regular = isto não é um ficheiro normal (dispositivo ou pipe). Indique o ficheiro .toml da reunião.
