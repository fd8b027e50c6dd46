# Ficheiros que o programa tem de escrever (-o FICHEIRO, as páginas do sítio) e
# o topo do registo: impresso em cada documento, verificado por `plenary verify --head`.

anchor-output-not-a-file = não é possível escrever { $path }: { $followed ->
        [yes] é uma ligação para { $target }, que é
       *[no] é
    } { $what ->
        [directory] uma pasta
        [char-device] um dispositivo
        [block-device] um dispositivo de disco
        [fifo] um FIFO (pipe com nome)
       *[socket] um socket
    }, não um ficheiro; ficou como estava. Indique em -o o nome de um ficheiro (novo ou a substituir), ou omita -o para escrever na saída padrão.
anchor-output-stream = não é possível escrever { $path }: este nome designa um dos fluxos padrão do programa, não um ficheiro. Omita -o: o documento vai para a saída padrão, que a shell pode redirecionar (> FICHEIRO, | PROGRAMA).
anchor-head = Registo: { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }, topo da cadeia { $head } (primeiros 16 dígitos hexadecimais).
anchor-head-empty = Registo: ainda sem eventos.
anchor-head-bad = --head { $given }: não é um topo. Indique os eventos e o topo da cadeia impressos num documento na forma EVENTOS:TOPO, por exemplo 1234:3f2a8c1d9e0b7a65 (pelo menos os 16 dígitos hexadecimais impressos, ou o topo inteiro que plenary verify mostra).
anchor-head-short = { $path }: o registo já não contém o topo impresso no documento: tem { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }, menos do que { $expected }. Foram cortados eventos no seu fim, ou é outro registo da reunião. Encontre o registo a partir do qual o documento foi impresso (uma cópia, uma salvaguarda) e verifique-o com o mesmo topo.
anchor-head-differs = { $path }: o evento { $seq } difere do topo impresso no documento: o registo foi substituído ou reescrito desde então. Encontre o registo a partir do qual o documento foi impresso (uma cópia, uma salvaguarda) e verifique-o com o mesmo topo.
anchor-head-ok = { $path }: o registo contém o topo { $head } do evento { $seq }: o seu histórico até esse evento é o que foi impresso.
