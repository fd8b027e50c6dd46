# O registo da sessão.

store-sqlite = { $path }: o registo não pode ser utilizado ({ $detail }).
store-newer = { $path }: este registo foi escrito por uma versão mais recente do plenary (versão do registo { $found }; este programa lê até à versão { $supported }). Utilize o plenary mais recente; o registo não foi alterado.
store-foreign = { $path }: este ficheiro não é um registo do plenary. Mova-o para outro local ou indique outro ficheiro.
store-corrupt = { $path }: não é possível ler o evento { $seq } ({ $detail }). O registo pode ter sido alterado por outro programa.
