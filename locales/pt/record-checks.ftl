# Onde se guarda o registo (`record =`, --record, PLENARY_RECORD), e os danos nele encontrados.

location-empty = o local do registo está vazio. Retire a linha «record =» para guardar o registo no ficheiro .plenary ao lado da reunião, ou indique um nome de ficheiro terminado em .plenary ou um URL postgres://….
location-unknown = "{ $value }" não é um local para um registo. Indique um nome de ficheiro terminado em .plenary (guardado ao lado do ficheiro da reunião) ou um URL postgres://….
location-absolute = "{ $value }" é um caminho a partir da raiz, mas um registo guarda-se ao lado do ficheiro da sua reunião. Indique um nome de ficheiro terminado em .plenary, ou um caminho dentro da pasta da reunião.
location-escapes = "{ $value }" sai da pasta da reunião (por «..»). Indique um nome de ficheiro terminado em .plenary, ou um caminho dentro da pasta da reunião.
location-not-record-name = "{ $value }" não é o nome de um registo: o nome de um ficheiro de registo termina em .plenary.
location-folder = "{ $value }" é uma pasta. Indique o nome do ficheiro do registo, terminado em .plenary.
location-no-host = "{ $value }" não indica nenhum servidor. Acrescente o anfitrião (postgres://ANFITRIÃO/BASE) ou a pasta do socket (postgres:///BASE?host=/var/run/postgresql).
location-no-database = "{ $value }" não indica nenhuma base de dados. Acrescente-a a seguir ao anfitrião: postgres://ANFITRIÃO/BASE.
location-password = "{ $value }" contém uma palavra-passe, e o ficheiro da reunião é partilhado e guardado durante anos. Retire-a do URL e coloque-a no ficheiro de palavras-passe indicado por PGPASSFILE (por omissão ~/.pgpass).
location-bad-url = "{ $value }" não é um URL PostgreSQL legível ({ $detail }). Escreva-o na forma postgres://UTILIZADOR@ANFITRIÃO/BASE.

record-integrity = { $path }: o que guarda o registo está danificado: a verificação própria da base de dados encontra { $count ->
    [one] um problema
   *[other] { $count } problemas
} ({ $detail }). Os eventos talvez ainda se leiam por inteiro, mas uma escrita no registo poderá falhar. Guarde uma cópia do ficheiro e refaça o registo a partir da sua exportação: plenary export, mude o ficheiro de sítio, plenary import.
store-damaged = { $path }: o registo está danificado: o seu ficheiro não pode ser lido como um registo ({ $detail }). Nada foi alterado. Guarde uma cópia, execute plenary verify sobre ela e reponha o registo a partir de uma cópia ou de uma exportação.
record-read-refused = { $path }: nada se produz a partir de um registo danificado. Guarde uma cópia do ficheiro e execute plenary verify sobre ele; plenary export ainda lê o que contém, para salvamento.
